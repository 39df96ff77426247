from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installment import Installment


T = TypeVar("T", bound="InstallmentResponse")


@_attrs_define
class InstallmentResponse:
    """
    Attributes:
        installment (Installment | Unset):
    """

    installment: Installment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installment, Unset):
            installment = self.installment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if installment is not UNSET:
            field_dict["installment"] = installment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installment import Installment

        d = dict(src_dict)
        _installment = d.pop("installment", UNSET)
        installment: Installment | Unset
        if isinstance(_installment, Unset):
            installment = UNSET
        else:
            installment = Installment.from_dict(_installment)

        installment_response = cls(
            installment=installment,
        )

        installment_response.additional_properties = d
        return installment_response

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
