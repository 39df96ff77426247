from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge import Charge


T = TypeVar("T", bound="ChargeResponse")


@_attrs_define
class ChargeResponse:
    """
    Attributes:
        charge (Charge):
        correlation_id (str | Unset):
        br_code (str | Unset):
    """

    charge: Charge
    correlation_id: str | Unset = UNSET
    br_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge = self.charge.to_dict()

        correlation_id = self.correlation_id

        br_code = self.br_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charge": charge,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if br_code is not UNSET:
            field_dict["brCode"] = br_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge import Charge

        d = dict(src_dict)
        charge = Charge.from_dict(d.pop("charge"))

        correlation_id = d.pop("correlationID", UNSET)

        br_code = d.pop("brCode", UNSET)

        charge_response = cls(
            charge=charge,
            correlation_id=correlation_id,
            br_code=br_code,
        )

        charge_response.additional_properties = d
        return charge_response

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
