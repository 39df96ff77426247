from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_customer_input import InvoiceCustomerInput


T = TypeVar("T", bound="InvoiceCreateRequest")


@_attrs_define
class InvoiceCreateRequest:
    """Send either `value` or `charge`.

    Attributes:
        correlation_id (str): Caller's id of the invoice, unique per account.
        billing_date (str): Competence date: YYYY-MM-DD or an ISO 8601 date-time.
        description (str | Unset):
        value (int | Unset): Amount in cents (when not issuing for a charge).
        charge (str | Unset): correlationID of a charge whose value and customer are used.
        customer_id (str | Unset): correlationID of an existing customer.
        customer (InvoiceCustomerInput | Unset):
    """

    correlation_id: str
    billing_date: str
    description: str | Unset = UNSET
    value: int | Unset = UNSET
    charge: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer: InvoiceCustomerInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        billing_date = self.billing_date

        description = self.description

        value = self.value

        charge = self.charge

        customer_id = self.customer_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correlationID": correlation_id,
                "billingDate": billing_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value
        if charge is not UNSET:
            field_dict["charge"] = charge
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_customer_input import InvoiceCustomerInput

        d = dict(src_dict)
        correlation_id = d.pop("correlationID")

        billing_date = d.pop("billingDate")

        description = d.pop("description", UNSET)

        value = d.pop("value", UNSET)

        charge = d.pop("charge", UNSET)

        customer_id = d.pop("customerId", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: InvoiceCustomerInput | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = InvoiceCustomerInput.from_dict(_customer)

        invoice_create_request = cls(
            correlation_id=correlation_id,
            billing_date=billing_date,
            description=description,
            value=value,
            charge=charge,
            customer_id=customer_id,
            customer=customer,
        )

        invoice_create_request.additional_properties = d
        return invoice_create_request

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
