from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..models.pix_key_type import PixKeyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_metadata import PaymentMetadata


T = TypeVar("T", bound="PaymentCreatePixKeyRequest")


@_attrs_define
class PaymentCreatePixKeyRequest:
    """Pays a Pix key.

    Attributes:
        type_ (PaymentType):
        value (int):
        destination_alias (str): The Pix key to pay.
        destination_alias_type (PixKeyType): Kind of Pix key. Random keys are EVP in key management and RANDOM in
            payments and transfers.
        correlation_id (str):
        pix_key_end_to_end_id (str | Unset): End-to-end id of a previous key look-up, to reuse its DICT result.
        comment (str | Unset):
        metadata (PaymentMetadata | Unset): Caller's free-form data, echoed back in the payment and its webhooks.
        auto_approve (bool | Unset): Execute at once, without approvePayment.
    """

    type_: PaymentType
    value: int
    destination_alias: str
    destination_alias_type: PixKeyType
    correlation_id: str
    pix_key_end_to_end_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    metadata: PaymentMetadata | Unset = UNSET
    auto_approve: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        destination_alias = self.destination_alias

        destination_alias_type = self.destination_alias_type.value

        correlation_id = self.correlation_id

        pix_key_end_to_end_id = self.pix_key_end_to_end_id

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
                "value": value,
                "destinationAlias": destination_alias,
                "destinationAliasType": destination_alias_type,
                "correlationID": correlation_id,
            }
        )
        if pix_key_end_to_end_id is not UNSET:
            field_dict["pixKeyEndToEndId"] = pix_key_end_to_end_id
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

        value = d.pop("value")

        destination_alias = d.pop("destinationAlias")

        destination_alias_type = PixKeyType(d.pop("destinationAliasType"))

        correlation_id = d.pop("correlationID")

        pix_key_end_to_end_id = d.pop("pixKeyEndToEndId", UNSET)

        comment = d.pop("comment", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PaymentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PaymentMetadata.from_dict(_metadata)

        auto_approve = d.pop("autoApprove", UNSET)

        payment_create_pix_key_request = cls(
            type_=type_,
            value=value,
            destination_alias=destination_alias,
            destination_alias_type=destination_alias_type,
            correlation_id=correlation_id,
            pix_key_end_to_end_id=pix_key_end_to_end_id,
            comment=comment,
            metadata=metadata,
            auto_approve=auto_approve,
        )

        payment_create_pix_key_request.additional_properties = d
        return payment_create_pix_key_request

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
