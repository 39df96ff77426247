from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispute import Dispute


T = TypeVar("T", bound="DisputeResponse")


@_attrs_define
class DisputeResponse:
    """
    Attributes:
        dispute (Dispute | Unset):
    """

    dispute: Dispute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dispute, Unset):
            dispute = self.dispute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dispute is not UNSET:
            field_dict["dispute"] = dispute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dispute import Dispute

        d = dict(src_dict)
        _dispute = d.pop("dispute", UNSET)
        dispute: Dispute | Unset
        if isinstance(_dispute, Unset):
            dispute = UNSET
        else:
            dispute = Dispute.from_dict(_dispute)

        dispute_response = cls(
            dispute=dispute,
        )

        dispute_response.additional_properties = d
        return dispute_response

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
