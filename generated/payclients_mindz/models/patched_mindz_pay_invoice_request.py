from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.mindz_pay_invoice_status import MindzPayInvoiceStatus
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PatchedMindzPayInvoiceRequest")


@_attrs_define
class PatchedMindzPayInvoiceRequest:
    """Multipart form for changing an invoice; send only what changes (leaving `status` out is the node's "Não Alterar").
    Fields inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status, Payment ID, Client ID,
    Amount, one binary file); the snake_case wire names are proposed.

        Attributes:
            file (File | Unset): The invoice document (PDF or XML). The node accepts exactly one file.
            nfe_id (str | Unset): Id of the NF-e at the issuing provider.
            status (MindzPayInvoiceStatus | Unset): Status of a MindzPay invoice (NF-e) as an integer. Values and Portuguese
                labels are facts from the
                n8n node's Create page; the English names are our translation. The node's extra "Não Alterar" (don't
                change) option on Update is not a value: it means leave `status` out of the request.

                * `0` PENDING: Pendente
                * `1` ISSUING: Em processo de emissão
                * `2` ISSUED: Emitida
                * `3` ISSUE_FAILED: Falha ao emitir
                * `4` CANCELING: Em processo de cancelamento
                * `5` CANCELED: Cancelada
                * `6` CANCEL_FAILED: Falha ao cancelar
                * `7` DO_NOT_ISSUE: Não emitir
                * `8` SENT_BY_EMAIL: Enviado por email
                * `9` NOT_ISSUED: Não emitida
            payment (int | Unset): Id of the MindzPay payment.
            client (int | Unset): Id of the client (payer).
            amount (str | Unset): Amount with two decimal places, e.g. `"150.00"`.
    """

    file: File | Unset = UNSET
    nfe_id: str | Unset = UNSET
    status: MindzPayInvoiceStatus | Unset = UNSET
    payment: int | Unset = UNSET
    client: int | Unset = UNSET
    amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        nfe_id = self.nfe_id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        payment = self.payment

        client = self.client

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if nfe_id is not UNSET:
            field_dict["nfe_id"] = nfe_id
        if status is not UNSET:
            field_dict["status"] = status
        if payment is not UNSET:
            field_dict["payment"] = payment
        if client is not UNSET:
            field_dict["client"] = client
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.nfe_id, Unset):
            files.append(("nfe_id", (None, str(self.nfe_id).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        if not isinstance(self.payment, Unset):
            files.append(("payment", (None, str(self.payment).encode(), "text/plain")))

        if not isinstance(self.client, Unset):
            files.append(("client", (None, str(self.client).encode(), "text/plain")))

        if not isinstance(self.amount, Unset):
            files.append(("amount", (None, str(self.amount).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        nfe_id = d.pop("nfe_id", UNSET)

        _status = d.pop("status", UNSET)
        status: MindzPayInvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MindzPayInvoiceStatus(_status)

        payment = d.pop("payment", UNSET)

        client = d.pop("client", UNSET)

        amount = d.pop("amount", UNSET)

        patched_mindz_pay_invoice_request = cls(
            file=file,
            nfe_id=nfe_id,
            status=status,
            payment=payment,
            client=client,
            amount=amount,
        )

        patched_mindz_pay_invoice_request.additional_properties = d
        return patched_mindz_pay_invoice_request

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
