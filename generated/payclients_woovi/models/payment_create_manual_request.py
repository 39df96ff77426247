from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party_psp import PartyPsp
    from ..models.payment_bank_account import PaymentBankAccount
    from ..models.payment_holder import PaymentHolder
    from ..models.payment_metadata import PaymentMetadata


T = TypeVar("T", bound="PaymentCreateManualRequest")


@_attrs_define
class PaymentCreateManualRequest:
    """Pays a bank account given by its data.

    Attributes:
        type_ (PaymentType):
        value (int):
        correlation_id (str):
        psp (PartyPsp | str): Institution of the account, as its ISPB or as `{id, name}`.
        holder (PaymentHolder):
        account (PaymentBankAccount):
        pix_key_end_to_end_id (str | Unset):
        comment (str | Unset):
        metadata (PaymentMetadata | Unset): Caller's free-form data, echoed back in the payment and its webhooks.
        auto_approve (bool | Unset):
    """

    type_: PaymentType
    value: int
    correlation_id: str
    psp: PartyPsp | str
    holder: PaymentHolder
    account: PaymentBankAccount
    pix_key_end_to_end_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    metadata: PaymentMetadata | Unset = UNSET
    auto_approve: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.party_psp import PartyPsp

        type_ = self.type_.value

        value = self.value

        correlation_id = self.correlation_id

        psp: dict[str, Any] | str
        if isinstance(self.psp, PartyPsp):
            psp = self.psp.to_dict()
        else:
            psp = self.psp

        holder = self.holder.to_dict()

        account = self.account.to_dict()

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
                "correlationID": correlation_id,
                "psp": psp,
                "holder": holder,
                "account": account,
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
        from ..models.party_psp import PartyPsp
        from ..models.payment_bank_account import PaymentBankAccount
        from ..models.payment_holder import PaymentHolder
        from ..models.payment_metadata import PaymentMetadata

        d = dict(src_dict)
        type_ = PaymentType(d.pop("type"))

        value = d.pop("value")

        correlation_id = d.pop("correlationID")

        def _parse_psp(data: object) -> PartyPsp | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                psp_type_1 = PartyPsp.from_dict(data)

                return psp_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PartyPsp | str, data)

        psp = _parse_psp(d.pop("psp"))

        holder = PaymentHolder.from_dict(d.pop("holder"))

        account = PaymentBankAccount.from_dict(d.pop("account"))

        pix_key_end_to_end_id = d.pop("pixKeyEndToEndId", UNSET)

        comment = d.pop("comment", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PaymentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PaymentMetadata.from_dict(_metadata)

        auto_approve = d.pop("autoApprove", UNSET)

        payment_create_manual_request = cls(
            type_=type_,
            value=value,
            correlation_id=correlation_id,
            psp=psp,
            holder=holder,
            account=account,
            pix_key_end_to_end_id=pix_key_end_to_end_id,
            comment=comment,
            metadata=metadata,
            auto_approve=auto_approve,
        )

        payment_create_manual_request.additional_properties = d
        return payment_create_manual_request

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
