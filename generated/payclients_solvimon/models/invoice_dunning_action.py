from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_dunning_action_status import InvoiceDunningActionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceDunningAction")


@_attrs_define
class InvoiceDunningAction:
    """An automatic payment retry on an invoice.

    Attributes:
        payment_acceptor_id (str | Unset):
        external_reference (str | Unset):
        status (InvoiceDunningActionStatus | Unset): State of a dunning action.
        failure_reason (None | str | Unset):
        first_payment_id (None | str | Unset):
    """

    payment_acceptor_id: str | Unset = UNSET
    external_reference: str | Unset = UNSET
    status: InvoiceDunningActionStatus | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    first_payment_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_acceptor_id = self.payment_acceptor_id

        external_reference = self.external_reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        first_payment_id: None | str | Unset
        if isinstance(self.first_payment_id, Unset):
            first_payment_id = UNSET
        else:
            first_payment_id = self.first_payment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_acceptor_id is not UNSET:
            field_dict["payment_acceptor_id"] = payment_acceptor_id
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if status is not UNSET:
            field_dict["status"] = status
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if first_payment_id is not UNSET:
            field_dict["first_payment_id"] = first_payment_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_acceptor_id = d.pop("payment_acceptor_id", UNSET)

        external_reference = d.pop("external_reference", UNSET)

        _status = d.pop("status", UNSET)
        status: InvoiceDunningActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceDunningActionStatus(_status)

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        def _parse_first_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_payment_id = _parse_first_payment_id(d.pop("first_payment_id", UNSET))

        invoice_dunning_action = cls(
            payment_acceptor_id=payment_acceptor_id,
            external_reference=external_reference,
            status=status,
            failure_reason=failure_reason,
            first_payment_id=first_payment_id,
        )

        invoice_dunning_action.additional_properties = d
        return invoice_dunning_action

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
