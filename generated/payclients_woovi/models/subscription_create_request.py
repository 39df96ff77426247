from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.subscription_frequency import SubscriptionFrequency
from ..models.subscription_type import SubscriptionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.customer_input import CustomerInput
    from ..models.pix_recurring_options_input import PixRecurringOptionsInput


T = TypeVar("T", bound="SubscriptionCreateRequest")


@_attrs_define
class SubscriptionCreateRequest:
    """
    Attributes:
        customer (CustomerInput): Customer fields that can be set or changed.
        value (int): Amount of each installment in cents.
        correlation_id (str):
        type_ (SubscriptionType):
        name (str | Unset):
        comment (str | Unset):
        frequency (SubscriptionFrequency | Unset):
        charge_type (ChargeType | Unset):
        day_generate_charge (datetime.datetime | int | Unset): Day of the month (1-31) when charges are generated, or
            the date of the first one.
        day_due (int | Unset): Days the payer has to pay each charge (7 when omitted).
        installment_count (int | Unset):
        additional_info (list[AdditionalInfo] | Unset):
        pix_recurring_options (PixRecurringOptionsInput | Unset):
    """

    customer: CustomerInput
    value: int
    correlation_id: str
    type_: SubscriptionType
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    frequency: SubscriptionFrequency | Unset = UNSET
    charge_type: ChargeType | Unset = UNSET
    day_generate_charge: datetime.datetime | int | Unset = UNSET
    day_due: int | Unset = UNSET
    installment_count: int | Unset = UNSET
    additional_info: list[AdditionalInfo] | Unset = UNSET
    pix_recurring_options: PixRecurringOptionsInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        value = self.value

        correlation_id = self.correlation_id

        type_ = self.type_.value

        name = self.name

        comment = self.comment

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        day_generate_charge: int | str | Unset
        if isinstance(self.day_generate_charge, Unset):
            day_generate_charge = UNSET
        elif isinstance(self.day_generate_charge, datetime.datetime):
            day_generate_charge = self.day_generate_charge.isoformat()
        else:
            day_generate_charge = self.day_generate_charge

        day_due = self.day_due

        installment_count = self.installment_count

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        pix_recurring_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix_recurring_options, Unset):
            pix_recurring_options = self.pix_recurring_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "value": value,
                "correlationID": correlation_id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type
        if day_generate_charge is not UNSET:
            field_dict["dayGenerateCharge"] = day_generate_charge
        if day_due is not UNSET:
            field_dict["dayDue"] = day_due
        if installment_count is not UNSET:
            field_dict["installmentCount"] = installment_count
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if pix_recurring_options is not UNSET:
            field_dict["pixRecurringOptions"] = pix_recurring_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.customer_input import CustomerInput
        from ..models.pix_recurring_options_input import PixRecurringOptionsInput

        d = dict(src_dict)
        customer = CustomerInput.from_dict(d.pop("customer"))

        value = d.pop("value")

        correlation_id = d.pop("correlationID")

        type_ = SubscriptionType(d.pop("type"))

        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: SubscriptionFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = SubscriptionFrequency(_frequency)

        _charge_type = d.pop("chargeType", UNSET)
        charge_type: ChargeType | Unset
        if isinstance(_charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = ChargeType(_charge_type)

        def _parse_day_generate_charge(data: object) -> datetime.datetime | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_generate_charge_type_1 = datetime.datetime.fromisoformat(data)

                return day_generate_charge_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | int | Unset, data)

        day_generate_charge = _parse_day_generate_charge(d.pop("dayGenerateCharge", UNSET))

        day_due = d.pop("dayDue", UNSET)

        installment_count = d.pop("installmentCount", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: list[AdditionalInfo] | Unset = UNSET
        if _additional_info is not UNSET:
            additional_info = []
            for additional_info_item_data in _additional_info:
                additional_info_item = AdditionalInfo.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        _pix_recurring_options = d.pop("pixRecurringOptions", UNSET)
        pix_recurring_options: PixRecurringOptionsInput | Unset
        if isinstance(_pix_recurring_options, Unset):
            pix_recurring_options = UNSET
        else:
            pix_recurring_options = PixRecurringOptionsInput.from_dict(_pix_recurring_options)

        subscription_create_request = cls(
            customer=customer,
            value=value,
            correlation_id=correlation_id,
            type_=type_,
            name=name,
            comment=comment,
            frequency=frequency,
            charge_type=charge_type,
            day_generate_charge=day_generate_charge,
            day_due=day_due,
            installment_count=installment_count,
            additional_info=additional_info,
            pix_recurring_options=pix_recurring_options,
        )

        subscription_create_request.additional_properties = d
        return subscription_create_request

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
