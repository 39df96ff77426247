from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.linked_integration import LinkedIntegration
    from ..models.name import Name
    from ..models.notification_preference import NotificationPreference


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        customer_id (str | Unset):
        name (Name | Unset): A person's name.
        email (str | Unset):
        notification_preferences (list[NotificationPreference] | None | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        linked_integrations (list[LinkedIntegration] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    name: Name | Unset = UNSET
    email: str | Unset = UNSET
    notification_preferences: list[NotificationPreference] | None | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    linked_integrations: list[LinkedIntegration] | None | Unset = UNSET
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

        reference = self.reference

        customer_id = self.customer_id

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

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
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if notification_preferences is not UNSET:
            field_dict["notification_preferences"] = notification_preferences
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if linked_integrations is not UNSET:
            field_dict["linked_integrations"] = linked_integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value import CustomFieldValue
        from ..models.linked_integration import LinkedIntegration
        from ..models.name import Name
        from ..models.notification_preference import NotificationPreference

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

        reference = d.pop("reference", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        _name = d.pop("name", UNSET)
        name: Name | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = Name.from_dict(_name)

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

        contact = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            customer_id=customer_id,
            name=name,
            email=email,
            notification_preferences=notification_preferences,
            custom_fields=custom_fields,
            linked_integrations=linked_integrations,
        )

        contact.additional_properties = d
        return contact

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
