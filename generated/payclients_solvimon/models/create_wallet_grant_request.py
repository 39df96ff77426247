from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_grant_type import WalletGrantType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credits_ import Credits


T = TypeVar("T", bound="CreateWalletGrantRequest")


@_attrs_define
class CreateWalletGrantRequest:
    """
    Attributes:
        customer_id (None | str):
        billing_entity_id (None | str):
        wallet_id (None | str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        type_ (WalletGrantType | Unset):
        description (None | str | Unset):
        grant_amount (Amount | Unset): Money: a decimal quantity in a currency.
        grant_credits (Credits | Unset): A quantity of credits of one credit type.
        paid_amount (Amount | Unset): Money: a decimal quantity in a currency.
        start_at (datetime.datetime | None | Unset):
        expire_at (datetime.datetime | None | Unset):
        created_at (None | str | Unset):
    """

    customer_id: None | str
    billing_entity_id: None | str
    wallet_id: None | str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    type_: WalletGrantType | Unset = UNSET
    description: None | str | Unset = UNSET
    grant_amount: Amount | Unset = UNSET
    grant_credits: Credits | Unset = UNSET
    paid_amount: Amount | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    expire_at: datetime.datetime | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        billing_entity_id: None | str
        billing_entity_id = self.billing_entity_id

        wallet_id: None | str
        wallet_id = self.wallet_id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        grant_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grant_amount, Unset):
            grant_amount = self.grant_amount.to_dict()

        grant_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grant_credits, Unset):
            grant_credits = self.grant_credits.to_dict()

        paid_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_amount, Unset):
            paid_amount = self.paid_amount.to_dict()

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        expire_at: None | str | Unset
        if isinstance(self.expire_at, Unset):
            expire_at = UNSET
        elif isinstance(self.expire_at, datetime.datetime):
            expire_at = self.expire_at.isoformat()
        else:
            expire_at = self.expire_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "billing_entity_id": billing_entity_id,
                "wallet_id": wallet_id,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if grant_amount is not UNSET:
            field_dict["grant_amount"] = grant_amount
        if grant_credits is not UNSET:
            field_dict["grant_credits"] = grant_credits
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if expire_at is not UNSET:
            field_dict["expire_at"] = expire_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.credits_ import Credits

        d = dict(src_dict)

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_billing_entity_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id"))

        def _parse_wallet_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wallet_id = _parse_wallet_id(d.pop("wallet_id"))

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: WalletGrantType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WalletGrantType(_type_)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _grant_amount = d.pop("grant_amount", UNSET)
        grant_amount: Amount | Unset
        if isinstance(_grant_amount, Unset):
            grant_amount = UNSET
        else:
            grant_amount = Amount.from_dict(_grant_amount)

        _grant_credits = d.pop("grant_credits", UNSET)
        grant_credits: Credits | Unset
        if isinstance(_grant_credits, Unset):
            grant_credits = UNSET
        else:
            grant_credits = Credits.from_dict(_grant_credits)

        _paid_amount = d.pop("paid_amount", UNSET)
        paid_amount: Amount | Unset
        if isinstance(_paid_amount, Unset):
            paid_amount = UNSET
        else:
            paid_amount = Amount.from_dict(_paid_amount)

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_expire_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expire_at = _parse_expire_at(d.pop("expire_at", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        create_wallet_grant_request = cls(
            customer_id=customer_id,
            billing_entity_id=billing_entity_id,
            wallet_id=wallet_id,
            object_type=object_type,
            id=id,
            type_=type_,
            description=description,
            grant_amount=grant_amount,
            grant_credits=grant_credits,
            paid_amount=paid_amount,
            start_at=start_at,
            expire_at=expire_at,
            created_at=created_at,
        )

        create_wallet_grant_request.additional_properties = d
        return create_wallet_grant_request

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
