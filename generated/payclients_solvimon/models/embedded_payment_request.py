from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_result import PaymentResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.customer import Customer
    from ..models.payment_context import PaymentContext
    from ..models.payment_dunning_action_details import PaymentDunningActionDetails
    from ..models.payment_method_details import PaymentMethodDetails
    from ..models.payment_result_details import PaymentResultDetails


T = TypeVar("T", bound="EmbeddedPaymentRequest")


@_attrs_define
class EmbeddedPaymentRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        timestamp (datetime.datetime | None | Unset):
        customer_id (None | str | Unset):
        customer (Customer | None | Unset):
        invoice_id (None | str | Unset):
        payment_acceptor_id (None | str | Unset):
        payment_acceptor_reference (None | str | Unset):
        payment_method_id (None | str | Unset):
        payment_method_details (PaymentMethodDetails | Unset): The payment method used.
        integration_payment_method_reference (None | str | Unset):
        external_reference (str | Unset):
        reference (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        result (PaymentResult | Unset): Outcome of a payment.
        result_details (PaymentResultDetails | Unset): Result codes from Solvimon and the payment provider.
        dunning_action_details (PaymentDunningActionDetails | Unset): Dunning attempt a payment belongs to.
        updated_at (None | str | Unset):
        context (PaymentContext | Unset): What a payment was made for.
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    payment_acceptor_id: None | str | Unset = UNSET
    payment_acceptor_reference: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    payment_method_details: PaymentMethodDetails | Unset = UNSET
    integration_payment_method_reference: None | str | Unset = UNSET
    external_reference: str | Unset = UNSET
    reference: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    result: PaymentResult | Unset = UNSET
    result_details: PaymentResultDetails | Unset = UNSET
    dunning_action_details: PaymentDunningActionDetails | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    context: PaymentContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        payment_acceptor_id: None | str | Unset
        if isinstance(self.payment_acceptor_id, Unset):
            payment_acceptor_id = UNSET
        else:
            payment_acceptor_id = self.payment_acceptor_id

        payment_acceptor_reference: None | str | Unset
        if isinstance(self.payment_acceptor_reference, Unset):
            payment_acceptor_reference = UNSET
        else:
            payment_acceptor_reference = self.payment_acceptor_reference

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_method_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_details, Unset):
            payment_method_details = self.payment_method_details.to_dict()

        integration_payment_method_reference: None | str | Unset
        if isinstance(self.integration_payment_method_reference, Unset):
            integration_payment_method_reference = UNSET
        else:
            integration_payment_method_reference = self.integration_payment_method_reference

        external_reference = self.external_reference

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        result_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result_details, Unset):
            result_details = self.result_details.to_dict()

        dunning_action_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dunning_action_details, Unset):
            dunning_action_details = self.dunning_action_details.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if payment_acceptor_id is not UNSET:
            field_dict["payment_acceptor_id"] = payment_acceptor_id
        if payment_acceptor_reference is not UNSET:
            field_dict["payment_acceptor_reference"] = payment_acceptor_reference
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if payment_method_details is not UNSET:
            field_dict["payment_method_details"] = payment_method_details
        if integration_payment_method_reference is not UNSET:
            field_dict["integration_payment_method_reference"] = integration_payment_method_reference
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if reference is not UNSET:
            field_dict["reference"] = reference
        if amount is not UNSET:
            field_dict["amount"] = amount
        if result is not UNSET:
            field_dict["result"] = result
        if result_details is not UNSET:
            field_dict["result_details"] = result_details
        if dunning_action_details is not UNSET:
            field_dict["dunning_action_details"] = dunning_action_details
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.customer import Customer
        from ..models.payment_context import PaymentContext
        from ..models.payment_dunning_action_details import PaymentDunningActionDetails
        from ..models.payment_method_details import PaymentMethodDetails
        from ..models.payment_result_details import PaymentResultDetails

        d = dict(src_dict)

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

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        def _parse_payment_acceptor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_acceptor_id = _parse_payment_acceptor_id(d.pop("payment_acceptor_id", UNSET))

        def _parse_payment_acceptor_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_acceptor_reference = _parse_payment_acceptor_reference(d.pop("payment_acceptor_reference", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        _payment_method_details = d.pop("payment_method_details", UNSET)
        payment_method_details: PaymentMethodDetails | Unset
        if isinstance(_payment_method_details, Unset):
            payment_method_details = UNSET
        else:
            payment_method_details = PaymentMethodDetails.from_dict(_payment_method_details)

        def _parse_integration_payment_method_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_payment_method_reference = _parse_integration_payment_method_reference(
            d.pop("integration_payment_method_reference", UNSET)
        )

        external_reference = d.pop("external_reference", UNSET)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        _result = d.pop("result", UNSET)
        result: PaymentResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = PaymentResult(_result)

        _result_details = d.pop("result_details", UNSET)
        result_details: PaymentResultDetails | Unset
        if isinstance(_result_details, Unset):
            result_details = UNSET
        else:
            result_details = PaymentResultDetails.from_dict(_result_details)

        _dunning_action_details = d.pop("dunning_action_details", UNSET)
        dunning_action_details: PaymentDunningActionDetails | Unset
        if isinstance(_dunning_action_details, Unset):
            dunning_action_details = UNSET
        else:
            dunning_action_details = PaymentDunningActionDetails.from_dict(_dunning_action_details)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _context = d.pop("context", UNSET)
        context: PaymentContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = PaymentContext.from_dict(_context)

        embedded_payment_request = cls(
            object_type=object_type,
            id=id,
            created_at=created_at,
            timestamp=timestamp,
            customer_id=customer_id,
            customer=customer,
            invoice_id=invoice_id,
            payment_acceptor_id=payment_acceptor_id,
            payment_acceptor_reference=payment_acceptor_reference,
            payment_method_id=payment_method_id,
            payment_method_details=payment_method_details,
            integration_payment_method_reference=integration_payment_method_reference,
            external_reference=external_reference,
            reference=reference,
            amount=amount,
            result=result,
            result_details=result_details,
            dunning_action_details=dunning_action_details,
            updated_at=updated_at,
            context=context,
        )

        embedded_payment_request.additional_properties = d
        return embedded_payment_request

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
