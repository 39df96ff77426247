from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installment_cobr import InstallmentCobr


T = TypeVar("T", bound="WebhookPixAutomaticCobrPayload")


@_attrs_define
class WebhookPixAutomaticCobrPayload:
    """Body of the PIX_AUTOMATIC_COBR_* events; the installment fields sit at the top level.

    Attributes:
        date_generate_charge (datetime.datetime | Unset):
        expiration (int | Unset):
        installment_number (int | Unset):
        value (int | Unset):
        status (str | Unset):
        created_at (datetime.datetime | Unset):
        cobr (InstallmentCobr | None | Unset):
        payment_subscription_global_id (str | Unset): globalID of the subscription.
        correlation_id (str | Unset):
        global_id (str | Unset):
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
    """

    date_generate_charge: datetime.datetime | Unset = UNSET
    expiration: int | Unset = UNSET
    installment_number: int | Unset = UNSET
    value: int | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    cobr: InstallmentCobr | None | Unset = UNSET
    payment_subscription_global_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    global_id: str | Unset = UNSET
    event: WebhookEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.installment_cobr import InstallmentCobr

        date_generate_charge: str | Unset = UNSET
        if not isinstance(self.date_generate_charge, Unset):
            date_generate_charge = self.date_generate_charge.isoformat()

        expiration = self.expiration

        installment_number = self.installment_number

        value = self.value

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        cobr: dict[str, Any] | None | Unset
        if isinstance(self.cobr, Unset):
            cobr = UNSET
        elif isinstance(self.cobr, InstallmentCobr):
            cobr = self.cobr.to_dict()
        else:
            cobr = self.cobr

        payment_subscription_global_id = self.payment_subscription_global_id

        correlation_id = self.correlation_id

        global_id = self.global_id

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_generate_charge is not UNSET:
            field_dict["dateGenerateCharge"] = date_generate_charge
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if installment_number is not UNSET:
            field_dict["installmentNumber"] = installment_number
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if cobr is not UNSET:
            field_dict["cobr"] = cobr
        if payment_subscription_global_id is not UNSET:
            field_dict["paymentSubscriptionGlobalID"] = payment_subscription_global_id
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if global_id is not UNSET:
            field_dict["globalID"] = global_id
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installment_cobr import InstallmentCobr

        d = dict(src_dict)
        _date_generate_charge = d.pop("dateGenerateCharge", UNSET)
        date_generate_charge: datetime.datetime | Unset
        if isinstance(_date_generate_charge, Unset):
            date_generate_charge = UNSET
        else:
            date_generate_charge = datetime.datetime.fromisoformat(_date_generate_charge)

        expiration = d.pop("expiration", UNSET)

        installment_number = d.pop("installmentNumber", UNSET)

        value = d.pop("value", UNSET)

        status = d.pop("status", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_cobr(data: object) -> InstallmentCobr | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cobr_type_0 = InstallmentCobr.from_dict(data)

                return cobr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstallmentCobr | None | Unset, data)

        cobr = _parse_cobr(d.pop("cobr", UNSET))

        payment_subscription_global_id = d.pop("paymentSubscriptionGlobalID", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        global_id = d.pop("globalID", UNSET)

        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        webhook_pix_automatic_cobr_payload = cls(
            date_generate_charge=date_generate_charge,
            expiration=expiration,
            installment_number=installment_number,
            value=value,
            status=status,
            created_at=created_at,
            cobr=cobr,
            payment_subscription_global_id=payment_subscription_global_id,
            correlation_id=correlation_id,
            global_id=global_id,
            event=event,
        )

        webhook_pix_automatic_cobr_payload.additional_properties = d
        return webhook_pix_automatic_cobr_payload

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
