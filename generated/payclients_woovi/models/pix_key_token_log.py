from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pix_key_token_operation import PixKeyTokenOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixKeyTokenLog")


@_attrs_define
class PixKeyTokenLog:
    """
    Attributes:
        operation (PixKeyTokenOperation | Unset):
        reason (str | Unset):
        tokens (int | Unset):
        tokens_before (int | Unset):
        tokens_after (int | Unset):
        end_to_end_id (str | Unset):
        pix_key (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    operation: PixKeyTokenOperation | Unset = UNSET
    reason: str | Unset = UNSET
    tokens: int | Unset = UNSET
    tokens_before: int | Unset = UNSET
    tokens_after: int | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        reason = self.reason

        tokens = self.tokens

        tokens_before = self.tokens_before

        tokens_after = self.tokens_after

        end_to_end_id = self.end_to_end_id

        pix_key = self.pix_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if reason is not UNSET:
            field_dict["reason"] = reason
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if tokens_before is not UNSET:
            field_dict["tokensBefore"] = tokens_before
        if tokens_after is not UNSET:
            field_dict["tokensAfter"] = tokens_after
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: PixKeyTokenOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = PixKeyTokenOperation(_operation)

        reason = d.pop("reason", UNSET)

        tokens = d.pop("tokens", UNSET)

        tokens_before = d.pop("tokensBefore", UNSET)

        tokens_after = d.pop("tokensAfter", UNSET)

        end_to_end_id = d.pop("endToEndId", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        pix_key_token_log = cls(
            operation=operation,
            reason=reason,
            tokens=tokens,
            tokens_before=tokens_before,
            tokens_after=tokens_after,
            end_to_end_id=end_to_end_id,
            pix_key=pix_key,
            created_at=created_at,
            updated_at=updated_at,
        )

        pix_key_token_log.additional_properties = d
        return pix_key_token_log

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
