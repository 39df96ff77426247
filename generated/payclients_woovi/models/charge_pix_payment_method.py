from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo


T = TypeVar("T", bound="ChargePixPaymentMethod")


@_attrs_define
class ChargePixPaymentMethod:
    """
    Attributes:
        method (str | Unset):
        transaction_id (str | Unset):
        identifier (str | Unset):
        additional_info (list[AdditionalInfo] | Unset):
        fee (int | Unset):
        value (int | Unset):
        status (str | Unset):
        tx_id (str | Unset):
        br_code (str | Unset):
        qr_code_image (str | Unset):
    """

    method: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    additional_info: list[AdditionalInfo] | Unset = UNSET
    fee: int | Unset = UNSET
    value: int | Unset = UNSET
    status: str | Unset = UNSET
    tx_id: str | Unset = UNSET
    br_code: str | Unset = UNSET
    qr_code_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        transaction_id = self.transaction_id

        identifier = self.identifier

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        fee = self.fee

        value = self.value

        status = self.status

        tx_id = self.tx_id

        br_code = self.br_code

        qr_code_image = self.qr_code_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if transaction_id is not UNSET:
            field_dict["transactionID"] = transaction_id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if fee is not UNSET:
            field_dict["fee"] = fee
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if br_code is not UNSET:
            field_dict["brCode"] = br_code
        if qr_code_image is not UNSET:
            field_dict["qrCodeImage"] = qr_code_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo

        d = dict(src_dict)
        method = d.pop("method", UNSET)

        transaction_id = d.pop("transactionID", UNSET)

        identifier = d.pop("identifier", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: list[AdditionalInfo] | Unset = UNSET
        if _additional_info is not UNSET:
            additional_info = []
            for additional_info_item_data in _additional_info:
                additional_info_item = AdditionalInfo.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        fee = d.pop("fee", UNSET)

        value = d.pop("value", UNSET)

        status = d.pop("status", UNSET)

        tx_id = d.pop("txId", UNSET)

        br_code = d.pop("brCode", UNSET)

        qr_code_image = d.pop("qrCodeImage", UNSET)

        charge_pix_payment_method = cls(
            method=method,
            transaction_id=transaction_id,
            identifier=identifier,
            additional_info=additional_info,
            fee=fee,
            value=value,
            status=status,
            tx_id=tx_id,
            br_code=br_code,
            qr_code_image=qr_code_image,
        )

        charge_pix_payment_method.additional_properties = d
        return charge_pix_payment_method

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
