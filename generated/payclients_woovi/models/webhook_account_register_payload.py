from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_register import AccountRegister
    from ..models.webhook_account import WebhookAccount


T = TypeVar("T", bound="WebhookAccountRegisterPayload")


@_attrs_define
class WebhookAccountRegisterPayload:
    """Body of the ACCOUNT_REGISTER_* events.

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        account_register (AccountRegister | Unset):
        account (WebhookAccount | Unset): Account the event belongs to; the fields sent vary by event.
        step (str | Unset):
        step_scope (str | Unset):
        step_status (str | Unset):
    """

    event: WebhookEvent | Unset = UNSET
    account_register: AccountRegister | Unset = UNSET
    account: WebhookAccount | Unset = UNSET
    step: str | Unset = UNSET
    step_scope: str | Unset = UNSET
    step_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        account_register: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_register, Unset):
            account_register = self.account_register.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        step = self.step

        step_scope = self.step_scope

        step_status = self.step_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if account_register is not UNSET:
            field_dict["accountRegister"] = account_register
        if account is not UNSET:
            field_dict["account"] = account
        if step is not UNSET:
            field_dict["step"] = step
        if step_scope is not UNSET:
            field_dict["stepScope"] = step_scope
        if step_status is not UNSET:
            field_dict["stepStatus"] = step_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_register import AccountRegister
        from ..models.webhook_account import WebhookAccount

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _account_register = d.pop("accountRegister", UNSET)
        account_register: AccountRegister | Unset
        if isinstance(_account_register, Unset):
            account_register = UNSET
        else:
            account_register = AccountRegister.from_dict(_account_register)

        _account = d.pop("account", UNSET)
        account: WebhookAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = WebhookAccount.from_dict(_account)

        step = d.pop("step", UNSET)

        step_scope = d.pop("stepScope", UNSET)

        step_status = d.pop("stepStatus", UNSET)

        webhook_account_register_payload = cls(
            event=event,
            account_register=account_register,
            account=account,
            step=step,
            step_scope=step_scope,
            step_status=step_status,
        )

        webhook_account_register_payload.additional_properties = d
        return webhook_account_register_payload

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
