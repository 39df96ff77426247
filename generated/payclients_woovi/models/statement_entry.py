from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_entry_type import StatementEntryType
from ..models.subaccount_operation_type import SubaccountOperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatementEntry")


@_attrs_define
class StatementEntry:
    """One ledger entry; `operationType` is sent for subaccounts only.

    Attributes:
        id (str | Unset):
        time (datetime.datetime | Unset):
        value (int | Unset):
        balance (int | Unset): Balance after the entry, in cents.
        description (str | Unset): What the entry was for.
        type_ (StatementEntryType | Unset):
        transaction_id (str | Unset):
        operation_type (None | SubaccountOperationType | Unset):
    """

    id: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    value: int | Unset = UNSET
    balance: int | Unset = UNSET
    description: str | Unset = UNSET
    type_: StatementEntryType | Unset = UNSET
    transaction_id: str | Unset = UNSET
    operation_type: None | SubaccountOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        value = self.value

        balance = self.balance

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        transaction_id = self.transaction_id

        operation_type: None | str | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        elif isinstance(self.operation_type, SubaccountOperationType):
            operation_type = self.operation_type.value
        else:
            operation_type = self.operation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if time is not UNSET:
            field_dict["time"] = time
        if value is not UNSET:
            field_dict["value"] = value
        if balance is not UNSET:
            field_dict["balance"] = balance
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        value = d.pop("value", UNSET)

        balance = d.pop("balance", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: StatementEntryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StatementEntryType(_type_)

        transaction_id = d.pop("transactionId", UNSET)

        def _parse_operation_type(data: object) -> None | SubaccountOperationType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_type_0 = SubaccountOperationType(data)

                return operation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubaccountOperationType | Unset, data)

        operation_type = _parse_operation_type(d.pop("operationType", UNSET))

        statement_entry = cls(
            id=id,
            time=time,
            value=value,
            balance=balance,
            description=description,
            type_=type_,
            transaction_id=transaction_id,
            operation_type=operation_type,
        )

        statement_entry.additional_properties = d
        return statement_entry

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
