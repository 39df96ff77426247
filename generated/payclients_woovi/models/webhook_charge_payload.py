from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_payment import BoletoPayment
    from ..models.charge import Charge
    from ..models.charge_refund import ChargeRefund
    from ..models.customer import Customer
    from ..models.pix_qr_code import PixQrCode
    from ..models.transaction import Transaction
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_company import WebhookCompany


T = TypeVar("T", bound="WebhookChargePayload")


@_attrs_define
class WebhookChargePayload:
    """Body of the OPENPIX:CHARGE_* events.

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        charge (Charge | Unset):
        pix (None | Transaction | Unset):
        pix_qr_code (None | PixQrCode | Unset):
        boleto (BoletoPayment | None | Unset):
        payer (Customer | None | Unset):
        company (WebhookCompany | Unset): Company that owns the resource of a webhook.
        account (WebhookAccount | Unset): Account the event belongs to; the fields sent vary by event.
        refunds (list[ChargeRefund] | Unset):
    """

    event: WebhookEvent | Unset = UNSET
    charge: Charge | Unset = UNSET
    pix: None | Transaction | Unset = UNSET
    pix_qr_code: None | PixQrCode | Unset = UNSET
    boleto: BoletoPayment | None | Unset = UNSET
    payer: Customer | None | Unset = UNSET
    company: WebhookCompany | Unset = UNSET
    account: WebhookAccount | Unset = UNSET
    refunds: list[ChargeRefund] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boleto_payment import BoletoPayment
        from ..models.customer import Customer
        from ..models.pix_qr_code import PixQrCode
        from ..models.transaction import Transaction

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        pix: dict[str, Any] | None | Unset
        if isinstance(self.pix, Unset):
            pix = UNSET
        elif isinstance(self.pix, Transaction):
            pix = self.pix.to_dict()
        else:
            pix = self.pix

        pix_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.pix_qr_code, Unset):
            pix_qr_code = UNSET
        elif isinstance(self.pix_qr_code, PixQrCode):
            pix_qr_code = self.pix_qr_code.to_dict()
        else:
            pix_qr_code = self.pix_qr_code

        boleto: dict[str, Any] | None | Unset
        if isinstance(self.boleto, Unset):
            boleto = UNSET
        elif isinstance(self.boleto, BoletoPayment):
            boleto = self.boleto.to_dict()
        else:
            boleto = self.boleto

        payer: dict[str, Any] | None | Unset
        if isinstance(self.payer, Unset):
            payer = UNSET
        elif isinstance(self.payer, Customer):
            payer = self.payer.to_dict()
        else:
            payer = self.payer

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if charge is not UNSET:
            field_dict["charge"] = charge
        if pix is not UNSET:
            field_dict["pix"] = pix
        if pix_qr_code is not UNSET:
            field_dict["pixQrCode"] = pix_qr_code
        if boleto is not UNSET:
            field_dict["boleto"] = boleto
        if payer is not UNSET:
            field_dict["payer"] = payer
        if company is not UNSET:
            field_dict["company"] = company
        if account is not UNSET:
            field_dict["account"] = account
        if refunds is not UNSET:
            field_dict["refunds"] = refunds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_payment import BoletoPayment
        from ..models.charge import Charge
        from ..models.charge_refund import ChargeRefund
        from ..models.customer import Customer
        from ..models.pix_qr_code import PixQrCode
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

        _charge = d.pop("charge", UNSET)
        charge: Charge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = Charge.from_dict(_charge)

        def _parse_pix(data: object) -> None | Transaction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_0 = Transaction.from_dict(data)

                return pix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Transaction | Unset, data)

        pix = _parse_pix(d.pop("pix", UNSET))

        def _parse_pix_qr_code(data: object) -> None | PixQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_qr_code_type_0 = PixQrCode.from_dict(data)

                return pix_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PixQrCode | Unset, data)

        pix_qr_code = _parse_pix_qr_code(d.pop("pixQrCode", UNSET))

        def _parse_boleto(data: object) -> BoletoPayment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_0 = BoletoPayment.from_dict(data)

                return boleto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoletoPayment | None | Unset, data)

        boleto = _parse_boleto(d.pop("boleto", UNSET))

        def _parse_payer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payer_type_0 = Customer.from_dict(data)

                return payer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        payer = _parse_payer(d.pop("payer", UNSET))

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

        _refunds = d.pop("refunds", UNSET)
        refunds: list[ChargeRefund] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = ChargeRefund.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        webhook_charge_payload = cls(
            event=event,
            charge=charge,
            pix=pix,
            pix_qr_code=pix_qr_code,
            boleto=boleto,
            payer=payer,
            company=company,
            account=account,
            refunds=refunds,
        )

        webhook_charge_payload.additional_properties = d
        return webhook_charge_payload

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
