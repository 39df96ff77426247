from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_webhook_attempt import TransactionWebhookAttempt


T = TypeVar("T", bound="TransactionWebhookDelivery")


@_attrs_define
class TransactionWebhookDelivery:
    """Deliveries of one webhook; each key other than isRetry is an event name.

    Attributes:
        is_retry (bool | Unset):
    """

    is_retry: bool | Unset = UNSET
    additional_properties: dict[str, TransactionWebhookAttempt] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_retry = self.is_retry

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if is_retry is not UNSET:
            field_dict["isRetry"] = is_retry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction_webhook_attempt import TransactionWebhookAttempt

        d = dict(src_dict)
        is_retry = d.pop("isRetry", UNSET)

        transaction_webhook_delivery = cls(
            is_retry=is_retry,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = TransactionWebhookAttempt.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        transaction_webhook_delivery.additional_properties = additional_properties
        return transaction_webhook_delivery

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TransactionWebhookAttempt:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TransactionWebhookAttempt) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
