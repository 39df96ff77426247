from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_metadata import PaymentMetadata


T = TypeVar("T", bound="PaymentCreateQrCodeRequest")


@_attrs_define
class PaymentCreateQrCodeRequest:
    """Pays a Pix QR code; value and destination come from the code.

    Attributes:
        type_ (PaymentType):
        qr_code (str): The BR Code (copy-and-paste) string.
        correlation_id (str):
        value (int | Unset): Amount in cents, for codes without a fixed value.
        source_account_id (str | Unset):
        comment (str | Unset):
        metadata (PaymentMetadata | Unset): Caller's free-form data, echoed back in the payment and its webhooks.
        auto_approve (bool | Unset):
    """

    type_: PaymentType
    qr_code: str
    correlation_id: str
    value: int | Unset = UNSET
    source_account_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    metadata: PaymentMetadata | Unset = UNSET
    auto_approve: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        qr_code = self.qr_code

        correlation_id = self.correlation_id

        value = self.value

        source_account_id = self.source_account_id

        comment = self.comment

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        auto_approve = self.auto_approve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "qrCode": qr_code,
                "correlationID": correlation_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if source_account_id is not UNSET:
            field_dict["sourceAccountId"] = source_account_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if auto_approve is not UNSET:
            field_dict["autoApprove"] = auto_approve

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_metadata import PaymentMetadata

        d = dict(src_dict)
        type_ = PaymentType(d.pop("type"))

        qr_code = d.pop("qrCode")

        correlation_id = d.pop("correlationID")

        value = d.pop("value", UNSET)

        source_account_id = d.pop("sourceAccountId", UNSET)

        comment = d.pop("comment", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PaymentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PaymentMetadata.from_dict(_metadata)

        auto_approve = d.pop("autoApprove", UNSET)

        payment_create_qr_code_request = cls(
            type_=type_,
            qr_code=qr_code,
            correlation_id=correlation_id,
            value=value,
            source_account_id=source_account_id,
            comment=comment,
            metadata=metadata,
            auto_approve=auto_approve,
        )

        payment_create_qr_code_request.additional_properties = d
        return payment_create_qr_code_request

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
