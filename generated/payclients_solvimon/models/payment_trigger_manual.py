from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_workflow_variant import PaymentWorkflowVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentTriggerManual")


@_attrs_define
class PaymentTriggerManual:
    """
    Attributes:
        user_id (None | str | Unset):
        variant (PaymentWorkflowVariant | Unset):
    """

    user_id: None | str | Unset = UNSET
    variant: PaymentWorkflowVariant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _variant = d.pop("variant", UNSET)
        variant: PaymentWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = PaymentWorkflowVariant(_variant)

        payment_trigger_manual = cls(
            user_id=user_id,
            variant=variant,
        )

        payment_trigger_manual.additional_properties = d
        return payment_trigger_manual

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
