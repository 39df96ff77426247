from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_frequency import SubscriptionFrequency
from ..models.subscription_status import SubscriptionStatus
from ..models.subscription_type import SubscriptionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.customer import Customer
    from ..models.pix_recurring import PixRecurring


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        correlation_id (str):
        value (int):
        global_id (str | Unset):
        name (str | Unset):
        customer (Customer | Unset):
        type_ (SubscriptionType | Unset):
        frequency (SubscriptionFrequency | Unset):
        status (SubscriptionStatus | Unset):
        is_active (bool | Unset):
        day_generate_charge (int | Unset):
        day_due (int | Unset):
        installments_count (int | None | Unset):
        payment_link_url (str | Unset):
        additional_info (list[AdditionalInfo] | Unset):
        addtional_info (list[AdditionalInfo] | Unset): Spelling used by the published spec; kept so either form parses.
        pix_recurring (PixRecurring | Unset): Pix Automatico authorization of a subscription.
        pix_recurring_options (PixRecurring | Unset): Pix Automatico authorization of a subscription.
    """

    correlation_id: str
    value: int
    global_id: str | Unset = UNSET
    name: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    type_: SubscriptionType | Unset = UNSET
    frequency: SubscriptionFrequency | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    is_active: bool | Unset = UNSET
    day_generate_charge: int | Unset = UNSET
    day_due: int | Unset = UNSET
    installments_count: int | None | Unset = UNSET
    payment_link_url: str | Unset = UNSET
    additional_info: list[AdditionalInfo] | Unset = UNSET
    addtional_info: list[AdditionalInfo] | Unset = UNSET
    pix_recurring: PixRecurring | Unset = UNSET
    pix_recurring_options: PixRecurring | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        value = self.value

        global_id = self.global_id

        name = self.name

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_active = self.is_active

        day_generate_charge = self.day_generate_charge

        day_due = self.day_due

        installments_count: int | None | Unset
        if isinstance(self.installments_count, Unset):
            installments_count = UNSET
        else:
            installments_count = self.installments_count

        payment_link_url = self.payment_link_url

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        addtional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addtional_info, Unset):
            addtional_info = []
            for addtional_info_item_data in self.addtional_info:
                addtional_info_item = addtional_info_item_data.to_dict()
                addtional_info.append(addtional_info_item)

        pix_recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix_recurring, Unset):
            pix_recurring = self.pix_recurring.to_dict()

        pix_recurring_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix_recurring_options, Unset):
            pix_recurring_options = self.pix_recurring_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correlationID": correlation_id,
                "value": value,
            }
        )
        if global_id is not UNSET:
            field_dict["globalID"] = global_id
        if name is not UNSET:
            field_dict["name"] = name
        if customer is not UNSET:
            field_dict["customer"] = customer
        if type_ is not UNSET:
            field_dict["type"] = type_
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if status is not UNSET:
            field_dict["status"] = status
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if day_generate_charge is not UNSET:
            field_dict["dayGenerateCharge"] = day_generate_charge
        if day_due is not UNSET:
            field_dict["dayDue"] = day_due
        if installments_count is not UNSET:
            field_dict["installmentsCount"] = installments_count
        if payment_link_url is not UNSET:
            field_dict["paymentLinkUrl"] = payment_link_url
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if addtional_info is not UNSET:
            field_dict["addtionalInfo"] = addtional_info
        if pix_recurring is not UNSET:
            field_dict["pixRecurring"] = pix_recurring
        if pix_recurring_options is not UNSET:
            field_dict["pixRecurringOptions"] = pix_recurring_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.customer import Customer
        from ..models.pix_recurring import PixRecurring

        d = dict(src_dict)
        correlation_id = d.pop("correlationID")

        value = d.pop("value")

        global_id = d.pop("globalID", UNSET)

        name = d.pop("name", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _type_ = d.pop("type", UNSET)
        type_: SubscriptionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SubscriptionType(_type_)

        _frequency = d.pop("frequency", UNSET)
        frequency: SubscriptionFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = SubscriptionFrequency(_frequency)

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        is_active = d.pop("isActive", UNSET)

        day_generate_charge = d.pop("dayGenerateCharge", UNSET)

        day_due = d.pop("dayDue", UNSET)

        def _parse_installments_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installments_count = _parse_installments_count(d.pop("installmentsCount", UNSET))

        payment_link_url = d.pop("paymentLinkUrl", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: list[AdditionalInfo] | Unset = UNSET
        if _additional_info is not UNSET:
            additional_info = []
            for additional_info_item_data in _additional_info:
                additional_info_item = AdditionalInfo.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        _addtional_info = d.pop("addtionalInfo", UNSET)
        addtional_info: list[AdditionalInfo] | Unset = UNSET
        if _addtional_info is not UNSET:
            addtional_info = []
            for addtional_info_item_data in _addtional_info:
                addtional_info_item = AdditionalInfo.from_dict(addtional_info_item_data)

                addtional_info.append(addtional_info_item)

        _pix_recurring = d.pop("pixRecurring", UNSET)
        pix_recurring: PixRecurring | Unset
        if isinstance(_pix_recurring, Unset):
            pix_recurring = UNSET
        else:
            pix_recurring = PixRecurring.from_dict(_pix_recurring)

        _pix_recurring_options = d.pop("pixRecurringOptions", UNSET)
        pix_recurring_options: PixRecurring | Unset
        if isinstance(_pix_recurring_options, Unset):
            pix_recurring_options = UNSET
        else:
            pix_recurring_options = PixRecurring.from_dict(_pix_recurring_options)

        subscription = cls(
            correlation_id=correlation_id,
            value=value,
            global_id=global_id,
            name=name,
            customer=customer,
            type_=type_,
            frequency=frequency,
            status=status,
            is_active=is_active,
            day_generate_charge=day_generate_charge,
            day_due=day_due,
            installments_count=installments_count,
            payment_link_url=payment_link_url,
            additional_info=additional_info,
            addtional_info=addtional_info,
            pix_recurring=pix_recurring,
            pix_recurring_options=pix_recurring_options,
        )

        subscription.additional_properties = d
        return subscription

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
