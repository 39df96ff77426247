from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_metadata import PaymentMetadata


T = TypeVar("T", bound="PaymentCreateBoletoRequest")


@_attrs_define
class PaymentCreateBoletoRequest:
    """Pays a boleto (validate it first with validateBoleto).

    Attributes:
        type_ (PaymentType):
        boleto_barcode (str):
        correlation_id (str):
        source_account_id (str | Unset):
        comment (str | Unset):
        metadata (PaymentMetadata | Unset): Caller's free-form data, echoed back in the payment and its webhooks.
        auto_approve (bool | Unset):
    """

    type_: PaymentType
    boleto_barcode: str
    correlation_id: str
    source_account_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    metadata: PaymentMetadata | Unset = UNSET
    auto_approve: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        boleto_barcode = self.boleto_barcode

        correlation_id = self.correlation_id

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
                "boletoBarcode": boleto_barcode,
                "correlationID": correlation_id,
            }
        )
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

        boleto_barcode = d.pop("boletoBarcode")

        correlation_id = d.pop("correlationID")

        source_account_id = d.pop("sourceAccountId", UNSET)

        comment = d.pop("comment", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PaymentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PaymentMetadata.from_dict(_metadata)

        auto_approve = d.pop("autoApprove", UNSET)

        payment_create_boleto_request = cls(
            type_=type_,
            boleto_barcode=boleto_barcode,
            correlation_id=correlation_id,
            source_account_id=source_account_id,
            comment=comment,
            metadata=metadata,
            auto_approve=auto_approve,
        )

        payment_create_boleto_request.additional_properties = d
        return payment_create_boleto_request

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
