from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_payment import BoletoPayment
    from ..models.charge import Charge
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_company import WebhookCompany


T = TypeVar("T", bound="WebhookBoletoSettledPayload")


@_attrs_define
class WebhookBoletoSettledPayload:
    """Body of BOLETO_SETTLED. `boleto.value` is what the payer paid, including fines and interest.

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        charge (Charge | Unset):
        boleto (BoletoPayment | Unset): Boleto side of a charge; also the `boleto` block of boleto webhooks.
        company (WebhookCompany | Unset): Company that owns the resource of a webhook.
        account (WebhookAccount | Unset): Account the event belongs to; the fields sent vary by event.
    """

    event: WebhookEvent | Unset = UNSET
    charge: Charge | Unset = UNSET
    boleto: BoletoPayment | Unset = UNSET
    company: WebhookCompany | Unset = UNSET
    account: WebhookAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        boleto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto, Unset):
            boleto = self.boleto.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if charge is not UNSET:
            field_dict["charge"] = charge
        if boleto is not UNSET:
            field_dict["boleto"] = boleto
        if company is not UNSET:
            field_dict["company"] = company
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_payment import BoletoPayment
        from ..models.charge import Charge
        from ..models.webhook_account import WebhookAccount
        from ..models.webhook_company import WebhookCompany

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _charge = d.pop("charge", UNSET)
        charge: Charge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = Charge.from_dict(_charge)

        _boleto = d.pop("boleto", UNSET)
        boleto: BoletoPayment | Unset
        if isinstance(_boleto, Unset):
            boleto = UNSET
        else:
            boleto = BoletoPayment.from_dict(_boleto)

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

        webhook_boleto_settled_payload = cls(
            event=event,
            charge=charge,
            boleto=boleto,
            company=company,
            account=account,
        )

        webhook_boleto_settled_payload.additional_properties = d
        return webhook_boleto_settled_payload

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
