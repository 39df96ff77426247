from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_action_settings_trigger_type import DocumentActionSettingsTriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentActionSettings")


@_attrs_define
class DocumentActionSettings:
    """
    Attributes:
        trigger_type (DocumentActionSettingsTriggerType | None | Unset):
    """

    trigger_type: DocumentActionSettingsTriggerType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        elif isinstance(self.trigger_type, DocumentActionSettingsTriggerType):
            trigger_type = self.trigger_type.value
        else:
            trigger_type = self.trigger_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_trigger_type(data: object) -> DocumentActionSettingsTriggerType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_type_0 = DocumentActionSettingsTriggerType(data)

                return trigger_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentActionSettingsTriggerType | None | Unset, data)

        trigger_type = _parse_trigger_type(d.pop("trigger_type", UNSET))

        document_action_settings = cls(
            trigger_type=trigger_type,
        )

        document_action_settings.additional_properties = d
        return document_action_settings

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
