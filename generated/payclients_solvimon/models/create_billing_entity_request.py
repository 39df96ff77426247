from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.custom_field_value import CustomFieldValue
    from ..models.linked_integration import LinkedIntegration
    from ..models.tax_id import TaxId
    from ..models.tax_registration import TaxRegistration
    from ..models.tax_settings import TaxSettings


T = TypeVar("T", bound="CreateBillingEntityRequest")


@_attrs_define
class CreateBillingEntityRequest:
    """
    Attributes:
        reference (str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        status (None | str | Unset):
        timezone (None | str | Unset):
        legal_name (None | str | Unset):
        tax_id (None | str | Unset):
        tax_ids (list[TaxId] | None | Unset):
        registration_number (None | str | Unset):
        registered_address (Address | Unset): A postal address.
        email (None | str | Unset):
        tax_settings (TaxSettings | Unset): Tax settings of a billing entity.
        tax_registrations (list[TaxRegistration] | None | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        default_customer_country_selector (list[CountryCode] | None | Unset):
        default_billing_currency_selector (list[Currency] | None | Unset):
        linked_integrations (list[LinkedIntegration] | None | Unset):
    """

    reference: str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_ids: list[TaxId] | None | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    registered_address: Address | Unset = UNSET
    email: None | str | Unset = UNSET
    tax_settings: TaxSettings | Unset = UNSET
    tax_registrations: list[TaxRegistration] | None | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    default_customer_country_selector: list[CountryCode] | None | Unset = UNSET
    default_billing_currency_selector: list[Currency] | None | Unset = UNSET
    linked_integrations: list[LinkedIntegration] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_ids, Unset):
            tax_ids = UNSET
        elif isinstance(self.tax_ids, list):
            tax_ids = []
            for tax_ids_type_0_item_data in self.tax_ids:
                tax_ids_type_0_item = tax_ids_type_0_item_data.to_dict()
                tax_ids.append(tax_ids_type_0_item)

        else:
            tax_ids = self.tax_ids

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        registered_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registered_address, Unset):
            registered_address = self.registered_address.to_dict()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        tax_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_settings, Unset):
            tax_settings = self.tax_settings.to_dict()

        tax_registrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_registrations, Unset):
            tax_registrations = UNSET
        elif isinstance(self.tax_registrations, list):
            tax_registrations = []
            for tax_registrations_type_0_item_data in self.tax_registrations:
                tax_registrations_type_0_item = tax_registrations_type_0_item_data.to_dict()
                tax_registrations.append(tax_registrations_type_0_item)

        else:
            tax_registrations = self.tax_registrations

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        default_customer_country_selector: list[str] | None | Unset
        if isinstance(self.default_customer_country_selector, Unset):
            default_customer_country_selector = UNSET
        elif isinstance(self.default_customer_country_selector, list):
            default_customer_country_selector = []
            for default_customer_country_selector_type_0_item_data in self.default_customer_country_selector:
                default_customer_country_selector_type_0_item = default_customer_country_selector_type_0_item_data.value
                default_customer_country_selector.append(default_customer_country_selector_type_0_item)

        else:
            default_customer_country_selector = self.default_customer_country_selector

        default_billing_currency_selector: list[str] | None | Unset
        if isinstance(self.default_billing_currency_selector, Unset):
            default_billing_currency_selector = UNSET
        elif isinstance(self.default_billing_currency_selector, list):
            default_billing_currency_selector = []
            for default_billing_currency_selector_type_0_item_data in self.default_billing_currency_selector:
                default_billing_currency_selector_type_0_item = default_billing_currency_selector_type_0_item_data.value
                default_billing_currency_selector.append(default_billing_currency_selector_type_0_item)

        else:
            default_billing_currency_selector = self.default_billing_currency_selector

        linked_integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_integrations, Unset):
            linked_integrations = UNSET
        elif isinstance(self.linked_integrations, list):
            linked_integrations = []
            for linked_integrations_type_0_item_data in self.linked_integrations:
                linked_integrations_type_0_item = linked_integrations_type_0_item_data.to_dict()
                linked_integrations.append(linked_integrations_type_0_item)

        else:
            linked_integrations = self.linked_integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_ids is not UNSET:
            field_dict["tax_ids"] = tax_ids
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if registered_address is not UNSET:
            field_dict["registered_address"] = registered_address
        if email is not UNSET:
            field_dict["email"] = email
        if tax_settings is not UNSET:
            field_dict["tax_settings"] = tax_settings
        if tax_registrations is not UNSET:
            field_dict["tax_registrations"] = tax_registrations
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if default_customer_country_selector is not UNSET:
            field_dict["default_customer_country_selector"] = default_customer_country_selector
        if default_billing_currency_selector is not UNSET:
            field_dict["default_billing_currency_selector"] = default_billing_currency_selector
        if linked_integrations is not UNSET:
            field_dict["linked_integrations"] = linked_integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.custom_field_value import CustomFieldValue
        from ..models.linked_integration import LinkedIntegration
        from ..models.tax_id import TaxId
        from ..models.tax_registration import TaxRegistration
        from ..models.tax_settings import TaxSettings

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_tax_ids(data: object) -> list[TaxId] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_ids_type_0 = []
                _tax_ids_type_0 = data
                for tax_ids_type_0_item_data in _tax_ids_type_0:
                    tax_ids_type_0_item = TaxId.from_dict(tax_ids_type_0_item_data)

                    tax_ids_type_0.append(tax_ids_type_0_item)

                return tax_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaxId] | None | Unset, data)

        tax_ids = _parse_tax_ids(d.pop("tax_ids", UNSET))

        def _parse_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_number = _parse_registration_number(d.pop("registration_number", UNSET))

        _registered_address = d.pop("registered_address", UNSET)
        registered_address: Address | Unset
        if isinstance(_registered_address, Unset):
            registered_address = UNSET
        else:
            registered_address = Address.from_dict(_registered_address)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _tax_settings = d.pop("tax_settings", UNSET)
        tax_settings: TaxSettings | Unset
        if isinstance(_tax_settings, Unset):
            tax_settings = UNSET
        else:
            tax_settings = TaxSettings.from_dict(_tax_settings)

        def _parse_tax_registrations(data: object) -> list[TaxRegistration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_registrations_type_0 = []
                _tax_registrations_type_0 = data
                for tax_registrations_type_0_item_data in _tax_registrations_type_0:
                    tax_registrations_type_0_item = TaxRegistration.from_dict(tax_registrations_type_0_item_data)

                    tax_registrations_type_0.append(tax_registrations_type_0_item)

                return tax_registrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaxRegistration] | None | Unset, data)

        tax_registrations = _parse_tax_registrations(d.pop("tax_registrations", UNSET))

        def _parse_custom_fields(data: object) -> list[CustomFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldValue.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldValue] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_default_customer_country_selector(data: object) -> list[CountryCode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_customer_country_selector_type_0 = []
                _default_customer_country_selector_type_0 = data
                for default_customer_country_selector_type_0_item_data in _default_customer_country_selector_type_0:
                    default_customer_country_selector_type_0_item = CountryCode(
                        default_customer_country_selector_type_0_item_data
                    )

                    default_customer_country_selector_type_0.append(default_customer_country_selector_type_0_item)

                return default_customer_country_selector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CountryCode] | None | Unset, data)

        default_customer_country_selector = _parse_default_customer_country_selector(
            d.pop("default_customer_country_selector", UNSET)
        )

        def _parse_default_billing_currency_selector(data: object) -> list[Currency] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_billing_currency_selector_type_0 = []
                _default_billing_currency_selector_type_0 = data
                for default_billing_currency_selector_type_0_item_data in _default_billing_currency_selector_type_0:
                    default_billing_currency_selector_type_0_item = Currency(
                        default_billing_currency_selector_type_0_item_data
                    )

                    default_billing_currency_selector_type_0.append(default_billing_currency_selector_type_0_item)

                return default_billing_currency_selector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Currency] | None | Unset, data)

        default_billing_currency_selector = _parse_default_billing_currency_selector(
            d.pop("default_billing_currency_selector", UNSET)
        )

        def _parse_linked_integrations(data: object) -> list[LinkedIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_integrations_type_0 = []
                _linked_integrations_type_0 = data
                for linked_integrations_type_0_item_data in _linked_integrations_type_0:
                    linked_integrations_type_0_item = LinkedIntegration.from_dict(linked_integrations_type_0_item_data)

                    linked_integrations_type_0.append(linked_integrations_type_0_item)

                return linked_integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedIntegration] | None | Unset, data)

        linked_integrations = _parse_linked_integrations(d.pop("linked_integrations", UNSET))

        create_billing_entity_request = cls(
            reference=reference,
            object_type=object_type,
            id=id,
            created_at=created_at,
            status=status,
            timezone=timezone,
            legal_name=legal_name,
            tax_id=tax_id,
            tax_ids=tax_ids,
            registration_number=registration_number,
            registered_address=registered_address,
            email=email,
            tax_settings=tax_settings,
            tax_registrations=tax_registrations,
            custom_fields=custom_fields,
            default_customer_country_selector=default_customer_country_selector,
            default_billing_currency_selector=default_billing_currency_selector,
            linked_integrations=linked_integrations,
        )

        create_billing_entity_request.additional_properties = d
        return create_billing_entity_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
