from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_public_key import WebhookPublicKey


T = TypeVar("T", bound="WebhookPublicKeyList")


@_attrs_define
class WebhookPublicKeyList:
    """
    Attributes:
        public_keys (list[WebhookPublicKey] | Unset):
    """

    public_keys: list[WebhookPublicKey] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.public_keys, Unset):
            public_keys = []
            for public_keys_item_data in self.public_keys:
                public_keys_item = public_keys_item_data.to_dict()
                public_keys.append(public_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_keys is not UNSET:
            field_dict["public_keys"] = public_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_public_key import WebhookPublicKey

        d = dict(src_dict)
        _public_keys = d.pop("public_keys", UNSET)
        public_keys: list[WebhookPublicKey] | Unset = UNSET
        if _public_keys is not UNSET:
            public_keys = []
            for public_keys_item_data in _public_keys:
                public_keys_item = WebhookPublicKey.from_dict(public_keys_item_data)

                public_keys.append(public_keys_item)

        webhook_public_key_list = cls(
            public_keys=public_keys,
        )

        webhook_public_key_list.additional_properties = d
        return webhook_public_key_list

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
