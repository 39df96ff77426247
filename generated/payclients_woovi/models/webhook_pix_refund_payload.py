from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction import Transaction
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_company import WebhookCompany


T = TypeVar("T", bound="WebhookPixRefundPayload")


@_attrs_define
class WebhookPixRefundPayload:
    """Body of the PIX_TRANSACTION_REFUND_* events.

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        refund_transaction (Transaction | Unset): A Pix transaction; also the `pix` block of webhooks.
        original_transaction (Transaction | Unset): A Pix transaction; also the `pix` block of webhooks.
        company (WebhookCompany | Unset): Company that owns the resource of a webhook.
        account (WebhookAccount | Unset): Account the event belongs to; the fields sent vary by event.
        error (str | Unset): Rejection reason of the *_REJECTED events.
    """

    event: WebhookEvent | Unset = UNSET
    refund_transaction: Transaction | Unset = UNSET
    original_transaction: Transaction | Unset = UNSET
    company: WebhookCompany | Unset = UNSET
    account: WebhookAccount | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        refund_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund_transaction, Unset):
            refund_transaction = self.refund_transaction.to_dict()

        original_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_transaction, Unset):
            original_transaction = self.original_transaction.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if refund_transaction is not UNSET:
            field_dict["refundTransaction"] = refund_transaction
        if original_transaction is not UNSET:
            field_dict["originalTransaction"] = original_transaction
        if company is not UNSET:
            field_dict["company"] = company
        if account is not UNSET:
            field_dict["account"] = account
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction import Transaction
        from ..models.webhook_account import WebhookAccount
        from ..models.webhook_company import WebhookCompany

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _refund_transaction = d.pop("refundTransaction", UNSET)
        refund_transaction: Transaction | Unset
        if isinstance(_refund_transaction, Unset):
            refund_transaction = UNSET
        else:
            refund_transaction = Transaction.from_dict(_refund_transaction)

        _original_transaction = d.pop("originalTransaction", UNSET)
        original_transaction: Transaction | Unset
        if isinstance(_original_transaction, Unset):
            original_transaction = UNSET
        else:
            original_transaction = Transaction.from_dict(_original_transaction)

        _company = d.pop("company", UNSET)
        company: WebhookCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = WebhookCompany.from_dict(_company)

        _account = d.pop("account", UNSET)
        account: WebhookAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = WebhookAccount.from_dict(_account)

        error = d.pop("error", UNSET)

        webhook_pix_refund_payload = cls(
            event=event,
            refund_transaction=refund_transaction,
            original_transaction=original_transaction,
            company=company,
            account=account,
            error=error,
        )

        webhook_pix_refund_payload.additional_properties = d
        return webhook_pix_refund_payload

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
