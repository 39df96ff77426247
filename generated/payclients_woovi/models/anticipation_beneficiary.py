from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="AnticipationBeneficiary")


@_attrs_define
class AnticipationBeneficiary:
    """
    Attributes:
        name (str | Unset):
        tax_id (TaxId | Unset): A Brazilian tax id as returned by the API.
        is_active (bool | Unset):
        available_amount (int | None | Unset):
        max_advanceable_amount (int | Unset):
        notify_email (None | str | Unset):
        notify_phone (None | str | Unset):
        verified (bool | Unset):
        created_at (datetime.datetime | None | Unset):
    """

    name: str | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    is_active: bool | Unset = UNSET
    available_amount: int | None | Unset = UNSET
    max_advanceable_amount: int | Unset = UNSET
    notify_email: None | str | Unset = UNSET
    notify_phone: None | str | Unset = UNSET
    verified: bool | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        is_active = self.is_active

        available_amount: int | None | Unset
        if isinstance(self.available_amount, Unset):
            available_amount = UNSET
        else:
            available_amount = self.available_amount

        max_advanceable_amount = self.max_advanceable_amount

        notify_email: None | str | Unset
        if isinstance(self.notify_email, Unset):
            notify_email = UNSET
        else:
            notify_email = self.notify_email

        notify_phone: None | str | Unset
        if isinstance(self.notify_phone, Unset):
            notify_phone = UNSET
        else:
            notify_phone = self.notify_phone

        verified = self.verified

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if available_amount is not UNSET:
            field_dict["availableAmount"] = available_amount
        if max_advanceable_amount is not UNSET:
            field_dict["maxAdvanceableAmount"] = max_advanceable_amount
        if notify_email is not UNSET:
            field_dict["notifyEmail"] = notify_email
        if notify_phone is not UNSET:
            field_dict["notifyPhone"] = notify_phone
        if verified is not UNSET:
            field_dict["verified"] = verified
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _tax_id = d.pop("taxID", UNSET)
        tax_id: TaxId | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        is_active = d.pop("isActive", UNSET)

        def _parse_available_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_amount = _parse_available_amount(d.pop("availableAmount", UNSET))

        max_advanceable_amount = d.pop("maxAdvanceableAmount", UNSET)

        def _parse_notify_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_email = _parse_notify_email(d.pop("notifyEmail", UNSET))

        def _parse_notify_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_phone = _parse_notify_phone(d.pop("notifyPhone", UNSET))

        verified = d.pop("verified", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        anticipation_beneficiary = cls(
            name=name,
            tax_id=tax_id,
            is_active=is_active,
            available_amount=available_amount,
            max_advanceable_amount=max_advanceable_amount,
            notify_email=notify_email,
            notify_phone=notify_phone,
            verified=verified,
            created_at=created_at,
        )

        anticipation_beneficiary.additional_properties = d
        return anticipation_beneficiary

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
