from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_limit import AccountLimit


T = TypeVar("T", bound="AccountLimitsResponse")


@_attrs_define
class AccountLimitsResponse:
    """
    Attributes:
        limits (AccountLimit | Unset): Pix limits in cents; the night window starts at nightStartAt.
    """

    limits: AccountLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_limit import AccountLimit

        d = dict(src_dict)
        _limits = d.pop("limits", UNSET)
        limits: AccountLimit | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = AccountLimit.from_dict(_limits)

        account_limits_response = cls(
            limits=limits,
        )

        account_limits_response.additional_properties = d
        return account_limits_response

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
