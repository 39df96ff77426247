from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pix_key_type import PixKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountTransferRequest")


@_attrs_define
class SubaccountTransferRequest:
    """
    Attributes:
        value (int):
        from_pix_key (str):
        from_pix_key_type (PixKeyType): Kind of Pix key. Random keys are EVP in key management and RANDOM in payments
            and transfers.
        to_pix_key (str):
        to_pix_key_type (PixKeyType): Kind of Pix key. Random keys are EVP in key management and RANDOM in payments and
            transfers.
        correlation_id (str | Unset):
    """

    value: int
    from_pix_key: str
    from_pix_key_type: PixKeyType
    to_pix_key: str
    to_pix_key_type: PixKeyType
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        from_pix_key = self.from_pix_key

        from_pix_key_type = self.from_pix_key_type.value

        to_pix_key = self.to_pix_key

        to_pix_key_type = self.to_pix_key_type.value

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "fromPixKey": from_pix_key,
                "fromPixKeyType": from_pix_key_type,
                "toPixKey": to_pix_key,
                "toPixKeyType": to_pix_key_type,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        from_pix_key = d.pop("fromPixKey")

        from_pix_key_type = PixKeyType(d.pop("fromPixKeyType"))

        to_pix_key = d.pop("toPixKey")

        to_pix_key_type = PixKeyType(d.pop("toPixKeyType"))

        correlation_id = d.pop("correlationID", UNSET)

        subaccount_transfer_request = cls(
            value=value,
            from_pix_key=from_pix_key,
            from_pix_key_type=from_pix_key_type,
            to_pix_key=to_pix_key,
            to_pix_key_type=to_pix_key_type,
            correlation_id=correlation_id,
        )

        subaccount_transfer_request.additional_properties = d
        return subaccount_transfer_request

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
