from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.next_action import NextAction


T = TypeVar("T", bound="StripeRequiredAction")


@_attrs_define
class StripeRequiredAction:
    """
    Attributes:
        status (None | str | Unset):
        next_action (NextAction | Unset):
    """

    status: None | str | Unset = UNSET
    next_action: NextAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        next_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_action, Unset):
            next_action = self.next_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if next_action is not UNSET:
            field_dict["next_action"] = next_action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.next_action import NextAction

        d = dict(src_dict)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _next_action = d.pop("next_action", UNSET)
        next_action: NextAction | Unset
        if isinstance(_next_action, Unset):
            next_action = UNSET
        else:
            next_action = NextAction.from_dict(_next_action)

        stripe_required_action = cls(
            status=status,
            next_action=next_action,
        )

        stripe_required_action.additional_properties = d
        return stripe_required_action

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
