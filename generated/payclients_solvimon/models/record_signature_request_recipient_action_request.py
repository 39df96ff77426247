from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_request_recipient_action_action import SignatureRequestRecipientActionAction

T = TypeVar("T", bound="RecordSignatureRequestRecipientActionRequest")


@_attrs_define
class RecordSignatureRequestRecipientActionRequest:
    """
    Attributes:
        recipient_id (str):
        action (SignatureRequestRecipientActionAction):
    """

    recipient_id: str
    action: SignatureRequestRecipientActionAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_id = self.recipient_id

        action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_id": recipient_id,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recipient_id = d.pop("recipient_id")

        action = SignatureRequestRecipientActionAction(d.pop("action"))

        record_signature_request_recipient_action_request = cls(
            recipient_id=recipient_id,
            action=action,
        )

        record_signature_request_recipient_action_request.additional_properties = d
        return record_signature_request_recipient_action_request

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
