from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_status import PaymentStatus
from ..models.payment_type import PaymentType
from ..models.pix_key_type import PixKeyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_info import BoletoInfo
    from ..models.party_psp import PartyPsp
    from ..models.payment_bank_account import PaymentBankAccount
    from ..models.payment_holder import PaymentHolder
    from ..models.payment_metadata import PaymentMetadata


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        correlation_id (str):
        type_ (PaymentType | Unset):
        value (int | Unset):
        status (PaymentStatus | Unset):
        destination_alias (str | Unset):
        destination_alias_type (PixKeyType | Unset): Kind of Pix key. Random keys are EVP in key management and RANDOM
            in payments and transfers.
        qr_code (str | Unset):
        comment (str | Unset):
        source_account_id (str | Unset):
        holder (PaymentHolder | Unset):
        account (PaymentBankAccount | Unset):
        psp (PartyPsp | Unset):
        boleto (BoletoInfo | Unset): A boleto as read from its barcode; also the `boleto` of a boleto payment, where
            Woovi does not promise any field.
        metadata (PaymentMetadata | Unset): Caller's free-form data, echoed back in the payment and its webhooks.
    """

    correlation_id: str
    type_: PaymentType | Unset = UNSET
    value: int | Unset = UNSET
    status: PaymentStatus | Unset = UNSET
    destination_alias: str | Unset = UNSET
    destination_alias_type: PixKeyType | Unset = UNSET
    qr_code: str | Unset = UNSET
    comment: str | Unset = UNSET
    source_account_id: str | Unset = UNSET
    holder: PaymentHolder | Unset = UNSET
    account: PaymentBankAccount | Unset = UNSET
    psp: PartyPsp | Unset = UNSET
    boleto: BoletoInfo | Unset = UNSET
    metadata: PaymentMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        destination_alias = self.destination_alias

        destination_alias_type: str | Unset = UNSET
        if not isinstance(self.destination_alias_type, Unset):
            destination_alias_type = self.destination_alias_type.value

        qr_code = self.qr_code

        comment = self.comment

        source_account_id = self.source_account_id

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        psp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.psp, Unset):
            psp = self.psp.to_dict()

        boleto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto, Unset):
            boleto = self.boleto.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correlationID": correlation_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if destination_alias is not UNSET:
            field_dict["destinationAlias"] = destination_alias
        if destination_alias_type is not UNSET:
            field_dict["destinationAliasType"] = destination_alias_type
        if qr_code is not UNSET:
            field_dict["qrCode"] = qr_code
        if comment is not UNSET:
            field_dict["comment"] = comment
        if source_account_id is not UNSET:
            field_dict["sourceAccountId"] = source_account_id
        if holder is not UNSET:
            field_dict["holder"] = holder
        if account is not UNSET:
            field_dict["account"] = account
        if psp is not UNSET:
            field_dict["psp"] = psp
        if boleto is not UNSET:
            field_dict["boleto"] = boleto
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_info import BoletoInfo
        from ..models.party_psp import PartyPsp
        from ..models.payment_bank_account import PaymentBankAccount
        from ..models.payment_holder import PaymentHolder
        from ..models.payment_metadata import PaymentMetadata

        d = dict(src_dict)
        correlation_id = d.pop("correlationID")

        _type_ = d.pop("type", UNSET)
        type_: PaymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentType(_type_)

        value = d.pop("value", UNSET)

        _status = d.pop("status", UNSET)
        status: PaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentStatus(_status)

        destination_alias = d.pop("destinationAlias", UNSET)

        _destination_alias_type = d.pop("destinationAliasType", UNSET)
        destination_alias_type: PixKeyType | Unset
        if isinstance(_destination_alias_type, Unset):
            destination_alias_type = UNSET
        else:
            destination_alias_type = PixKeyType(_destination_alias_type)

        qr_code = d.pop("qrCode", UNSET)

        comment = d.pop("comment", UNSET)

        source_account_id = d.pop("sourceAccountId", UNSET)

        _holder = d.pop("holder", UNSET)
        holder: PaymentHolder | Unset
        if isinstance(_holder, Unset):
            holder = UNSET
        else:
            holder = PaymentHolder.from_dict(_holder)

        _account = d.pop("account", UNSET)
        account: PaymentBankAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = PaymentBankAccount.from_dict(_account)

        _psp = d.pop("psp", UNSET)
        psp: PartyPsp | Unset
        if isinstance(_psp, Unset):
            psp = UNSET
        else:
            psp = PartyPsp.from_dict(_psp)

        _boleto = d.pop("boleto", UNSET)
        boleto: BoletoInfo | Unset
        if isinstance(_boleto, Unset):
            boleto = UNSET
        else:
            boleto = BoletoInfo.from_dict(_boleto)

        _metadata = d.pop("metadata", UNSET)
        metadata: PaymentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PaymentMetadata.from_dict(_metadata)

        payment = cls(
            correlation_id=correlation_id,
            type_=type_,
            value=value,
            status=status,
            destination_alias=destination_alias,
            destination_alias_type=destination_alias_type,
            qr_code=qr_code,
            comment=comment,
            source_account_id=source_account_id,
            holder=holder,
            account=account,
            psp=psp,
            boleto=boleto,
            metadata=metadata,
        )

        payment.additional_properties = d
        return payment

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
