from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_workflow_variant import WalletWorkflowVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletTriggerEvent")


@_attrs_define
class WalletTriggerEvent:
    """
    Attributes:
        variant (WalletWorkflowVariant | Unset):
    """

    variant: WalletWorkflowVariant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: WalletWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = WalletWorkflowVariant(_variant)

        wallet_trigger_event = cls(
            variant=variant,
        )

        wallet_trigger_event.additional_properties = d
        return wallet_trigger_event

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
