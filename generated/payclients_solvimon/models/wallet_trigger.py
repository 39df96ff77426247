from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_trigger_event import WalletTriggerEvent


T = TypeVar("T", bound="WalletTrigger")


@_attrs_define
class WalletTrigger:
    """
    Attributes:
        wallet_type_id (str | Unset):
        wallet_id (str | Unset):
        customer_reference (None | str | Unset):
        wallet_reference (None | str | Unset):
        event (None | Unset | WalletTriggerEvent):
    """

    wallet_type_id: str | Unset = UNSET
    wallet_id: str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    wallet_reference: None | str | Unset = UNSET
    event: None | Unset | WalletTriggerEvent = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wallet_trigger_event import WalletTriggerEvent

        wallet_type_id = self.wallet_type_id

        wallet_id = self.wallet_id

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        wallet_reference: None | str | Unset
        if isinstance(self.wallet_reference, Unset):
            wallet_reference = UNSET
        else:
            wallet_reference = self.wallet_reference

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, WalletTriggerEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_type_id is not UNSET:
            field_dict["wallet_type_id"] = wallet_type_id
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if wallet_reference is not UNSET:
            field_dict["wallet_reference"] = wallet_reference
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_trigger_event import WalletTriggerEvent

        d = dict(src_dict)
        wallet_type_id = d.pop("wallet_type_id", UNSET)

        wallet_id = d.pop("wallet_id", UNSET)

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(d.pop("customer_reference", UNSET))

        def _parse_wallet_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_reference = _parse_wallet_reference(d.pop("wallet_reference", UNSET))

        def _parse_event(data: object) -> None | Unset | WalletTriggerEvent:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = WalletTriggerEvent.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletTriggerEvent, data)

        event = _parse_event(d.pop("event", UNSET))

        wallet_trigger = cls(
            wallet_type_id=wallet_type_id,
            wallet_id=wallet_id,
            customer_reference=customer_reference,
            wallet_reference=wallet_reference,
            event=event,
        )

        wallet_trigger.additional_properties = d
        return wallet_trigger

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
