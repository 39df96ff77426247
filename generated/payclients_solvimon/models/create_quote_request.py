from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_customer_request import CreateCustomerRequest
    from ..models.custom_field_value import CustomFieldValue
    from ..models.embedded_user_request import EmbeddedUserRequest
    from ..models.quote_version_info import QuoteVersionInfo


T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define
class CreateQuoteRequest:
    """
    Attributes:
        customer_id (str):
        owner_user_id (str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        status (None | str | Unset):
        customer (CreateCustomerRequest | None | Unset):
        description (str | Unset):
        contact_id (str | Unset):
        owner_user (EmbeddedUserRequest | None | Unset):
        quote_version_infos (list[QuoteVersionInfo] | None | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        template_id (None | str | Unset):
    """

    customer_id: str
    owner_user_id: str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    customer: CreateCustomerRequest | None | Unset = UNSET
    description: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    owner_user: EmbeddedUserRequest | None | Unset = UNSET
    quote_version_infos: list[QuoteVersionInfo] | None | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    template_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_customer_request import CreateCustomerRequest
        from ..models.embedded_user_request import EmbeddedUserRequest

        customer_id = self.customer_id

        owner_user_id = self.owner_user_id

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

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CreateCustomerRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        description = self.description

        contact_id = self.contact_id

        owner_user: dict[str, Any] | None | Unset
        if isinstance(self.owner_user, Unset):
            owner_user = UNSET
        elif isinstance(self.owner_user, EmbeddedUserRequest):
            owner_user = self.owner_user.to_dict()
        else:
            owner_user = self.owner_user

        quote_version_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.quote_version_infos, Unset):
            quote_version_infos = UNSET
        elif isinstance(self.quote_version_infos, list):
            quote_version_infos = []
            for quote_version_infos_type_0_item_data in self.quote_version_infos:
                quote_version_infos_type_0_item = quote_version_infos_type_0_item_data.to_dict()
                quote_version_infos.append(quote_version_infos_type_0_item)

        else:
            quote_version_infos = self.quote_version_infos

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

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "owner_user_id": owner_user_id,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if owner_user is not UNSET:
            field_dict["owner_user"] = owner_user
        if quote_version_infos is not UNSET:
            field_dict["quote_version_infos"] = quote_version_infos
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_customer_request import CreateCustomerRequest
        from ..models.custom_field_value import CustomFieldValue
        from ..models.embedded_user_request import EmbeddedUserRequest
        from ..models.quote_version_info import QuoteVersionInfo

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        owner_user_id = d.pop("owner_user_id")

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

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_customer(data: object) -> CreateCustomerRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = CreateCustomerRequest.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateCustomerRequest | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        description = d.pop("description", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        def _parse_owner_user(data: object) -> EmbeddedUserRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_user_type_0 = EmbeddedUserRequest.from_dict(data)

                return owner_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddedUserRequest | None | Unset, data)

        owner_user = _parse_owner_user(d.pop("owner_user", UNSET))

        def _parse_quote_version_infos(data: object) -> list[QuoteVersionInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quote_version_infos_type_0 = []
                _quote_version_infos_type_0 = data
                for quote_version_infos_type_0_item_data in _quote_version_infos_type_0:
                    quote_version_infos_type_0_item = QuoteVersionInfo.from_dict(quote_version_infos_type_0_item_data)

                    quote_version_infos_type_0.append(quote_version_infos_type_0_item)

                return quote_version_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuoteVersionInfo] | None | Unset, data)

        quote_version_infos = _parse_quote_version_infos(d.pop("quote_version_infos", UNSET))

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

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        create_quote_request = cls(
            customer_id=customer_id,
            owner_user_id=owner_user_id,
            object_type=object_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            customer=customer,
            description=description,
            contact_id=contact_id,
            owner_user=owner_user,
            quote_version_infos=quote_version_infos,
            custom_fields=custom_fields,
            template_id=template_id,
        )

        create_quote_request.additional_properties = d
        return create_quote_request

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
