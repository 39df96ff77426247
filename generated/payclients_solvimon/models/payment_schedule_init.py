from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.payment_method import PaymentMethod
    from ..models.payment_request import PaymentRequest
    from ..models.payment_schedule import PaymentSchedule


T = TypeVar("T", bound="PaymentScheduleInit")


@_attrs_define
class PaymentScheduleInit:
    """
    Attributes:
        customer (Customer | Unset): A customer, embedded in full.
        payment_method (PaymentMethod | Unset):
        payment_schedule (PaymentSchedule | Unset):
        payment_requests (list[PaymentRequest] | None | Unset):
    """

    customer: Customer | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    payment_schedule: PaymentSchedule | Unset = UNSET
    payment_requests: list[PaymentRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        payment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = self.payment_schedule.to_dict()

        payment_requests: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_requests, Unset):
            payment_requests = UNSET
        elif isinstance(self.payment_requests, list):
            payment_requests = []
            for payment_requests_type_0_item_data in self.payment_requests:
                payment_requests_type_0_item = payment_requests_type_0_item_data.to_dict()
                payment_requests.append(payment_requests_type_0_item)

        else:
            payment_requests = self.payment_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_schedule is not UNSET:
            field_dict["payment_schedule"] = payment_schedule
        if payment_requests is not UNSET:
            field_dict["payment_requests"] = payment_requests

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.payment_method import PaymentMethod
        from ..models.payment_request import PaymentRequest
        from ..models.payment_schedule import PaymentSchedule

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_dict(_payment_method)

        _payment_schedule = d.pop("payment_schedule", UNSET)
        payment_schedule: PaymentSchedule | Unset
        if isinstance(_payment_schedule, Unset):
            payment_schedule = UNSET
        else:
            payment_schedule = PaymentSchedule.from_dict(_payment_schedule)

        def _parse_payment_requests(data: object) -> list[PaymentRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_requests_type_0 = []
                _payment_requests_type_0 = data
                for payment_requests_type_0_item_data in _payment_requests_type_0:
                    payment_requests_type_0_item = PaymentRequest.from_dict(payment_requests_type_0_item_data)

                    payment_requests_type_0.append(payment_requests_type_0_item)

                return payment_requests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentRequest] | None | Unset, data)

        payment_requests = _parse_payment_requests(d.pop("payment_requests", UNSET))

        payment_schedule_init = cls(
            customer=customer,
            payment_method=payment_method,
            payment_schedule=payment_schedule,
            payment_requests=payment_requests,
        )

        payment_schedule_init.additional_properties = d
        return payment_schedule_init

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
