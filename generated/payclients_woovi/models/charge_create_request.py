from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.charge_discount_settings import ChargeDiscountSettings
    from ..models.charge_penalty import ChargePenalty
    from ..models.charge_split import ChargeSplit
    from ..models.customer_create_request import CustomerCreateRequest


T = TypeVar("T", bound="ChargeCreateRequest")


@_attrs_define
class ChargeCreateRequest:
    """
    Attributes:
        correlation_id (str): Caller's unique id of the charge.
        value (int): Amount in cents.
        type_ (ChargeType | Unset):
        comment (str | Unset):
        expires_in (int | Unset): Seconds until expiration.
        expires_date (datetime.datetime | Unset):
        due_date (datetime.datetime | Unset):
        customer (CustomerCreateRequest | Unset): A new customer. Besides the name, taxID, email or phone must be
            present (any one of them).
        ensure_same_tax_id (bool | Unset): Only accept payment from the customer's own taxID.
        fixed_location (bool | Unset):
        payment_link_id (str | Unset):
        days_for_due_date (int | Unset):
        days_after_due_date (int | Unset):
        interests (ChargePenalty | Unset): Interest or fine applied after the due date.
        fines (ChargePenalty | Unset): Interest or fine applied after the due date.
        discount_settings (ChargeDiscountSettings | Unset):
        additional_info (list[AdditionalInfo] | Unset):
        enable_cashback_percentage (bool | Unset):
        enable_cashback_exclusive_percentage (bool | Unset):
        subaccount (str | Unset): Pix key of a subaccount that receives the value.
        splits (list[ChargeSplit] | Unset):
    """

    correlation_id: str
    value: int
    type_: ChargeType | Unset = UNSET
    comment: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    expires_date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    customer: CustomerCreateRequest | Unset = UNSET
    ensure_same_tax_id: bool | Unset = UNSET
    fixed_location: bool | Unset = UNSET
    payment_link_id: str | Unset = UNSET
    days_for_due_date: int | Unset = UNSET
    days_after_due_date: int | Unset = UNSET
    interests: ChargePenalty | Unset = UNSET
    fines: ChargePenalty | Unset = UNSET
    discount_settings: ChargeDiscountSettings | Unset = UNSET
    additional_info: list[AdditionalInfo] | Unset = UNSET
    enable_cashback_percentage: bool | Unset = UNSET
    enable_cashback_exclusive_percentage: bool | Unset = UNSET
    subaccount: str | Unset = UNSET
    splits: list[ChargeSplit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        comment = self.comment

        expires_in = self.expires_in

        expires_date: str | Unset = UNSET
        if not isinstance(self.expires_date, Unset):
            expires_date = self.expires_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        ensure_same_tax_id = self.ensure_same_tax_id

        fixed_location = self.fixed_location

        payment_link_id = self.payment_link_id

        days_for_due_date = self.days_for_due_date

        days_after_due_date = self.days_after_due_date

        interests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interests, Unset):
            interests = self.interests.to_dict()

        fines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fines, Unset):
            fines = self.fines.to_dict()

        discount_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_settings, Unset):
            discount_settings = self.discount_settings.to_dict()

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        enable_cashback_percentage = self.enable_cashback_percentage

        enable_cashback_exclusive_percentage = self.enable_cashback_exclusive_percentage

        subaccount = self.subaccount

        splits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.splits, Unset):
            splits = []
            for splits_item_data in self.splits:
                splits_item = splits_item_data.to_dict()
                splits.append(splits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correlationID": correlation_id,
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if expires_date is not UNSET:
            field_dict["expiresDate"] = expires_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if customer is not UNSET:
            field_dict["customer"] = customer
        if ensure_same_tax_id is not UNSET:
            field_dict["ensureSameTaxID"] = ensure_same_tax_id
        if fixed_location is not UNSET:
            field_dict["fixedLocation"] = fixed_location
        if payment_link_id is not UNSET:
            field_dict["paymentLinkID"] = payment_link_id
        if days_for_due_date is not UNSET:
            field_dict["daysForDueDate"] = days_for_due_date
        if days_after_due_date is not UNSET:
            field_dict["daysAfterDueDate"] = days_after_due_date
        if interests is not UNSET:
            field_dict["interests"] = interests
        if fines is not UNSET:
            field_dict["fines"] = fines
        if discount_settings is not UNSET:
            field_dict["discountSettings"] = discount_settings
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if enable_cashback_percentage is not UNSET:
            field_dict["enableCashbackPercentage"] = enable_cashback_percentage
        if enable_cashback_exclusive_percentage is not UNSET:
            field_dict["enableCashbackExclusivePercentage"] = enable_cashback_exclusive_percentage
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if splits is not UNSET:
            field_dict["splits"] = splits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.charge_discount_settings import ChargeDiscountSettings
        from ..models.charge_penalty import ChargePenalty
        from ..models.charge_split import ChargeSplit
        from ..models.customer_create_request import CustomerCreateRequest

        d = dict(src_dict)
        correlation_id = d.pop("correlationID")

        value = d.pop("value")

        _type_ = d.pop("type", UNSET)
        type_: ChargeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChargeType(_type_)

        comment = d.pop("comment", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        _expires_date = d.pop("expiresDate", UNSET)
        expires_date: datetime.datetime | Unset
        if isinstance(_expires_date, Unset):
            expires_date = UNSET
        else:
            expires_date = datetime.datetime.fromisoformat(_expires_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        _customer = d.pop("customer", UNSET)
        customer: CustomerCreateRequest | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerCreateRequest.from_dict(_customer)

        ensure_same_tax_id = d.pop("ensureSameTaxID", UNSET)

        fixed_location = d.pop("fixedLocation", UNSET)

        payment_link_id = d.pop("paymentLinkID", UNSET)

        days_for_due_date = d.pop("daysForDueDate", UNSET)

        days_after_due_date = d.pop("daysAfterDueDate", UNSET)

        _interests = d.pop("interests", UNSET)
        interests: ChargePenalty | Unset
        if isinstance(_interests, Unset):
            interests = UNSET
        else:
            interests = ChargePenalty.from_dict(_interests)

        _fines = d.pop("fines", UNSET)
        fines: ChargePenalty | Unset
        if isinstance(_fines, Unset):
            fines = UNSET
        else:
            fines = ChargePenalty.from_dict(_fines)

        _discount_settings = d.pop("discountSettings", UNSET)
        discount_settings: ChargeDiscountSettings | Unset
        if isinstance(_discount_settings, Unset):
            discount_settings = UNSET
        else:
            discount_settings = ChargeDiscountSettings.from_dict(_discount_settings)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: list[AdditionalInfo] | Unset = UNSET
        if _additional_info is not UNSET:
            additional_info = []
            for additional_info_item_data in _additional_info:
                additional_info_item = AdditionalInfo.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        enable_cashback_percentage = d.pop("enableCashbackPercentage", UNSET)

        enable_cashback_exclusive_percentage = d.pop("enableCashbackExclusivePercentage", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        _splits = d.pop("splits", UNSET)
        splits: list[ChargeSplit] | Unset = UNSET
        if _splits is not UNSET:
            splits = []
            for splits_item_data in _splits:
                splits_item = ChargeSplit.from_dict(splits_item_data)

                splits.append(splits_item)

        charge_create_request = cls(
            correlation_id=correlation_id,
            value=value,
            type_=type_,
            comment=comment,
            expires_in=expires_in,
            expires_date=expires_date,
            due_date=due_date,
            customer=customer,
            ensure_same_tax_id=ensure_same_tax_id,
            fixed_location=fixed_location,
            payment_link_id=payment_link_id,
            days_for_due_date=days_for_due_date,
            days_after_due_date=days_after_due_date,
            interests=interests,
            fines=fines,
            discount_settings=discount_settings,
            additional_info=additional_info,
            enable_cashback_percentage=enable_cashback_percentage,
            enable_cashback_exclusive_percentage=enable_cashback_exclusive_percentage,
            subaccount=subaccount,
            splits=splits,
        )

        charge_create_request.additional_properties = d
        return charge_create_request

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
