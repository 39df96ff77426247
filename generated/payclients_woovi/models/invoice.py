from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_charge import InvoiceCharge
    from ..models.invoice_customer import InvoiceCustomer


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (str):
        correlation_id (str):
        value (int):
        date (datetime.datetime):
        billing_date (datetime.datetime):
        status (InvoiceStatus):
        description (str | Unset):
        status_raw (None | str | Unset): Status reported by NFe.io.
        customer (InvoiceCustomer | Unset):
        charge (InvoiceCharge | Unset):
    """

    id: str
    correlation_id: str
    value: int
    date: datetime.datetime
    billing_date: datetime.datetime
    status: InvoiceStatus
    description: str | Unset = UNSET
    status_raw: None | str | Unset = UNSET
    customer: InvoiceCustomer | Unset = UNSET
    charge: InvoiceCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        correlation_id = self.correlation_id

        value = self.value

        date = self.date.isoformat()

        billing_date = self.billing_date.isoformat()

        status = self.status.value

        description = self.description

        status_raw: None | str | Unset
        if isinstance(self.status_raw, Unset):
            status_raw = UNSET
        else:
            status_raw = self.status_raw

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "correlationID": correlation_id,
                "value": value,
                "date": date,
                "billingDate": billing_date,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status_raw is not UNSET:
            field_dict["statusRaw"] = status_raw
        if customer is not UNSET:
            field_dict["customer"] = customer
        if charge is not UNSET:
            field_dict["charge"] = charge

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_charge import InvoiceCharge
        from ..models.invoice_customer import InvoiceCustomer

        d = dict(src_dict)
        id = d.pop("id")

        correlation_id = d.pop("correlationID")

        value = d.pop("value")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        billing_date = datetime.datetime.fromisoformat(d.pop("billingDate"))

        status = InvoiceStatus(d.pop("status"))

        description = d.pop("description", UNSET)

        def _parse_status_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_raw = _parse_status_raw(d.pop("statusRaw", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: InvoiceCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = InvoiceCustomer.from_dict(_customer)

        _charge = d.pop("charge", UNSET)
        charge: InvoiceCharge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = InvoiceCharge.from_dict(_charge)

        invoice = cls(
            id=id,
            correlation_id=correlation_id,
            value=value,
            date=date,
            billing_date=billing_date,
            status=status,
            description=description,
            status_raw=status_raw,
            customer=customer,
            charge=charge,
        )

        invoice.additional_properties = d
        return invoice

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
