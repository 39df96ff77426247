from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.psp import Psp


T = TypeVar("T", bound="PspList")


@_attrs_define
class PspList:
    """
    Attributes:
        success (bool | Unset):
        psps (list[Psp] | Unset):
    """

    success: bool | Unset = UNSET
    psps: list[Psp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        psps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.psps, Unset):
            psps = []
            for psps_item_data in self.psps:
                psps_item = psps_item_data.to_dict()
                psps.append(psps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if psps is not UNSET:
            field_dict["psps"] = psps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.psp import Psp

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _psps = d.pop("psps", UNSET)
        psps: list[Psp] | Unset = UNSET
        if _psps is not UNSET:
            psps = []
            for psps_item_data in _psps:
                psps_item = Psp.from_dict(psps_item_data)

                psps.append(psps_item)

        psp_list = cls(
            success=success,
            psps=psps,
        )

        psp_list.additional_properties = d
        return psp_list

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
