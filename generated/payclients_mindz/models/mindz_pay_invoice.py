from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mindz_pay_invoice_status import MindzPayInvoiceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MindzPayInvoice")


@_attrs_define
class MindzPayInvoice:
    """A MindzPay invoice: a Brazilian NF-e (electronic fiscal invoice) linked to a MindzPay payment and a client, not a
    payment request. Fields inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status, Payment
    ID, Client ID, Amount, one binary file); the snake_case wire names are proposed.

        Attributes:
            id (int): Server-assigned id (integer ids are inferred).
            nfe_id (None | str | Unset): Id of the NF-e at the issuing provider.
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
            payment (int | None | Unset): Id of the MindzPay payment the invoice documents.
            client (int | None | Unset): Id of the client (payer) the invoice is issued to.
            amount (None | str | Unset): Invoice amount in BRL, two decimal places, e.g. `"150.00"`.
            file (None | str | Unset): URL of the stored invoice file (PDF or XML); proposed, the response shape is unknown.
            created_at (datetime.datetime | None | Unset): When the record was created (proposed).
            updated_at (datetime.datetime | None | Unset): When the record last changed (proposed).
    """

    id: int
    nfe_id: None | str | Unset = UNSET
    status: MindzPayInvoiceStatus | Unset = UNSET
    payment: int | None | Unset = UNSET
    client: int | None | Unset = UNSET
    amount: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nfe_id: None | str | Unset
        if isinstance(self.nfe_id, Unset):
            nfe_id = UNSET
        else:
            nfe_id = self.nfe_id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        payment: int | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        else:
            payment = self.payment

        client: int | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        else:
            client = self.client

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if file is not UNSET:
            field_dict["file"] = file
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_nfe_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nfe_id = _parse_nfe_id(d.pop("nfe_id", UNSET))

        _status = d.pop("status", UNSET)
        status: MindzPayInvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MindzPayInvoiceStatus(_status)

        def _parse_payment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment = _parse_payment(d.pop("payment", UNSET))

        def _parse_client(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        mindz_pay_invoice = cls(
            id=id,
            nfe_id=nfe_id,
            status=status,
            payment=payment,
            client=client,
            amount=amount,
            file=file,
            created_at=created_at,
            updated_at=updated_at,
        )

        mindz_pay_invoice.additional_properties = d
        return mindz_pay_invoice

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
