from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MindzPaySubscription")


@_attrs_define
class MindzPaySubscription:
    """A customer's recurring billing in MindzPay. The fields are inferred from the n8n node's MindzPay Subscription List
    sort options (ID, Created At, Customer Email, Active); names are proposed and the rest of the object is unknown.

        Attributes:
            id (int | Unset): Server-assigned id (integer ids are inferred).
            created_at (datetime.datetime | Unset): When the subscription started.
            customer_email (None | str | Unset): E-mail of the subscribing customer.
            active (bool | Unset): Whether the subscription is active.
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        active = d.pop("active", UNSET)

        mindz_pay_subscription = cls(
            id=id,
            created_at=created_at,
            customer_email=customer_email,
            active=active,
        )

        mindz_pay_subscription.additional_properties = d
        return mindz_pay_subscription

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
