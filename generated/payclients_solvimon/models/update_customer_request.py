from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_role import CustomerRole
from ..models.customer_status import CustomerStatus
from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.customer_seller_details import CustomerSellerDetails
    from ..models.individual import Individual
    from ..models.linked_integration import LinkedIntegration
    from ..models.notification_preference import NotificationPreference
    from ..models.organization import Organization
    from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector


T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        parent_customer_id (None | str | Unset):
        parent_customer_ids (list[str] | None | Unset):
        reference (str | Unset):
        status (CustomerStatus | None | Unset):
        timezone (None | str | Unset):
        type_ (CustomerType | Unset): Whether a customer is an organisation or a person.
        email (str | Unset):
        notification_preferences (list[NotificationPreference] | None | Unset):
        locale (None | str | Unset):
        individual (Individual | Unset): Details of a customer who is a person.
        organization (Organization | Unset): Details of a customer that is an organisation.
        custom_fields (list[CustomFieldValue] | None | Unset):
        processing_only (bool | None | Unset):
        pricing_plan_subscription_selector (PricingPlanSubscriptionSelector | Unset): Rules that pick the pricing plan
            subscription for a customer.
        linked_integrations (list[LinkedIntegration] | None | Unset):
        roles (list[CustomerRole] | None | Unset):
        seller_details (CustomerSellerDetails | Unset): Settings for a customer that also sells.
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    parent_customer_id: None | str | Unset = UNSET
    parent_customer_ids: list[str] | None | Unset = UNSET
    reference: str | Unset = UNSET
    status: CustomerStatus | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    type_: CustomerType | Unset = UNSET
    email: str | Unset = UNSET
    notification_preferences: list[NotificationPreference] | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    individual: Individual | Unset = UNSET
    organization: Organization | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    processing_only: bool | None | Unset = UNSET
    pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | Unset = UNSET
    linked_integrations: list[LinkedIntegration] | None | Unset = UNSET
    roles: list[CustomerRole] | None | Unset = UNSET
    seller_details: CustomerSellerDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        parent_customer_id: None | str | Unset
        if isinstance(self.parent_customer_id, Unset):
            parent_customer_id = UNSET
        else:
            parent_customer_id = self.parent_customer_id

        parent_customer_ids: list[str] | None | Unset
        if isinstance(self.parent_customer_ids, Unset):
            parent_customer_ids = UNSET
        elif isinstance(self.parent_customer_ids, list):
            parent_customer_ids = self.parent_customer_ids

        else:
            parent_customer_ids = self.parent_customer_ids

        reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CustomerStatus):
            status = self.status.value
        else:
            status = self.status

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        email = self.email

        notification_preferences: list[dict[str, Any]] | None | Unset
        if isinstance(self.notification_preferences, Unset):
            notification_preferences = UNSET
        elif isinstance(self.notification_preferences, list):
            notification_preferences = []
            for notification_preferences_type_0_item_data in self.notification_preferences:
                notification_preferences_type_0_item = notification_preferences_type_0_item_data.to_dict()
                notification_preferences.append(notification_preferences_type_0_item)

        else:
            notification_preferences = self.notification_preferences

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        individual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.individual, Unset):
            individual = self.individual.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

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

        processing_only: bool | None | Unset
        if isinstance(self.processing_only, Unset):
            processing_only = UNSET
        else:
            processing_only = self.processing_only

        pricing_plan_subscription_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription_selector, Unset):
            pricing_plan_subscription_selector = self.pricing_plan_subscription_selector.to_dict()

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

        roles: list[str] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.value
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        seller_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_details, Unset):
            seller_details = self.seller_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if parent_customer_id is not UNSET:
            field_dict["parent_customer_id"] = parent_customer_id
        if parent_customer_ids is not UNSET:
            field_dict["parent_customer_ids"] = parent_customer_ids
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if notification_preferences is not UNSET:
            field_dict["notification_preferences"] = notification_preferences
        if locale is not UNSET:
            field_dict["locale"] = locale
        if individual is not UNSET:
            field_dict["individual"] = individual
        if organization is not UNSET:
            field_dict["organization"] = organization
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if processing_only is not UNSET:
            field_dict["processing_only"] = processing_only
        if pricing_plan_subscription_selector is not UNSET:
            field_dict["pricing_plan_subscription_selector"] = pricing_plan_subscription_selector
        if linked_integrations is not UNSET:
            field_dict["linked_integrations"] = linked_integrations
        if roles is not UNSET:
            field_dict["roles"] = roles
        if seller_details is not UNSET:
            field_dict["seller_details"] = seller_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value import CustomFieldValue
        from ..models.customer_seller_details import CustomerSellerDetails
        from ..models.individual import Individual
        from ..models.linked_integration import LinkedIntegration
        from ..models.notification_preference import NotificationPreference
        from ..models.organization import Organization
        from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector

        d = dict(src_dict)

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

        def _parse_parent_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_customer_id = _parse_parent_customer_id(d.pop("parent_customer_id", UNSET))

        def _parse_parent_customer_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parent_customer_ids_type_0 = cast(list[str], data)

                return parent_customer_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        parent_customer_ids = _parse_parent_customer_ids(d.pop("parent_customer_ids", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_status(data: object) -> CustomerStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CustomerStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: CustomerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerType(_type_)

        email = d.pop("email", UNSET)

        def _parse_notification_preferences(data: object) -> list[NotificationPreference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notification_preferences_type_0 = []
                _notification_preferences_type_0 = data
                for notification_preferences_type_0_item_data in _notification_preferences_type_0:
                    notification_preferences_type_0_item = NotificationPreference.from_dict(
                        notification_preferences_type_0_item_data
                    )

                    notification_preferences_type_0.append(notification_preferences_type_0_item)

                return notification_preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotificationPreference] | None | Unset, data)

        notification_preferences = _parse_notification_preferences(d.pop("notification_preferences", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        _individual = d.pop("individual", UNSET)
        individual: Individual | Unset
        if isinstance(_individual, Unset):
            individual = UNSET
        else:
            individual = Individual.from_dict(_individual)

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

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

        def _parse_processing_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        processing_only = _parse_processing_only(d.pop("processing_only", UNSET))

        _pricing_plan_subscription_selector = d.pop("pricing_plan_subscription_selector", UNSET)
        pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | Unset
        if isinstance(_pricing_plan_subscription_selector, Unset):
            pricing_plan_subscription_selector = UNSET
        else:
            pricing_plan_subscription_selector = PricingPlanSubscriptionSelector.from_dict(
                _pricing_plan_subscription_selector
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

        def _parse_roles(data: object) -> list[CustomerRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = CustomerRole(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerRole] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        _seller_details = d.pop("seller_details", UNSET)
        seller_details: CustomerSellerDetails | Unset
        if isinstance(_seller_details, Unset):
            seller_details = UNSET
        else:
            seller_details = CustomerSellerDetails.from_dict(_seller_details)

        update_customer_request = cls(
            object_type=object_type,
            id=id,
            created_at=created_at,
            parent_customer_id=parent_customer_id,
            parent_customer_ids=parent_customer_ids,
            reference=reference,
            status=status,
            timezone=timezone,
            type_=type_,
            email=email,
            notification_preferences=notification_preferences,
            locale=locale,
            individual=individual,
            organization=organization,
            custom_fields=custom_fields,
            processing_only=processing_only,
            pricing_plan_subscription_selector=pricing_plan_subscription_selector,
            linked_integrations=linked_integrations,
            roles=roles,
            seller_details=seller_details,
        )

        update_customer_request.additional_properties = d
        return update_customer_request

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
