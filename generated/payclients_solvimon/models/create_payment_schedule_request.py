from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_schedule_status import PaymentScheduleStatus
from ..models.payment_schedule_type import PaymentScheduleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payment_method_request import CreatePaymentMethodRequest
    from ..models.embedded_customer_request import EmbeddedCustomerRequest
    from ..models.payment_method_fallback import PaymentMethodFallback
    from ..models.payment_schedule_dunning import PaymentScheduleDunning
    from ..models.payment_schedule_installments import PaymentScheduleInstallments
    from ..models.payment_schedule_one_off import PaymentScheduleOneOff
    from ..models.payment_schedule_recurring import PaymentScheduleRecurring
    from ..models.seller_details import SellerDetails


T = TypeVar("T", bound="CreatePaymentScheduleRequest")


@_attrs_define
class CreatePaymentScheduleRequest:
    """
    Attributes:
        customer_id (str):
        reference (str):
        payment_method_id (str):
        billing_entity_id (str):
        type_ (PaymentScheduleType):
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        status (None | PaymentScheduleStatus | Unset):
        customer (EmbeddedCustomerRequest | None | Unset):
        description (None | str | Unset):
        statement_descriptor (None | str | Unset):
        payment_method (CreatePaymentMethodRequest | None | Unset):
        dunning (PaymentScheduleDunning | Unset):
        payment_method_fallback (PaymentMethodFallback | Unset):
        installments (PaymentScheduleInstallments | Unset):
        recurring (PaymentScheduleRecurring | Unset):
        one_off (PaymentScheduleOneOff | Unset):
        seller_details (SellerDetails | Unset):
    """

    customer_id: str
    reference: str
    payment_method_id: str
    billing_entity_id: str
    type_: PaymentScheduleType
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    status: None | PaymentScheduleStatus | Unset = UNSET
    customer: EmbeddedCustomerRequest | None | Unset = UNSET
    description: None | str | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    payment_method: CreatePaymentMethodRequest | None | Unset = UNSET
    dunning: PaymentScheduleDunning | Unset = UNSET
    payment_method_fallback: PaymentMethodFallback | Unset = UNSET
    installments: PaymentScheduleInstallments | Unset = UNSET
    recurring: PaymentScheduleRecurring | Unset = UNSET
    one_off: PaymentScheduleOneOff | Unset = UNSET
    seller_details: SellerDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_payment_method_request import CreatePaymentMethodRequest
        from ..models.embedded_customer_request import EmbeddedCustomerRequest

        customer_id = self.customer_id

        reference = self.reference

        payment_method_id = self.payment_method_id

        billing_entity_id = self.billing_entity_id

        type_ = self.type_.value

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

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentScheduleStatus):
            status = self.status.value
        else:
            status = self.status

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, EmbeddedCustomerRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        statement_descriptor: None | str | Unset
        if isinstance(self.statement_descriptor, Unset):
            statement_descriptor = UNSET
        else:
            statement_descriptor = self.statement_descriptor

        payment_method: dict[str, Any] | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, CreatePaymentMethodRequest):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        dunning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dunning, Unset):
            dunning = self.dunning.to_dict()

        payment_method_fallback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_fallback, Unset):
            payment_method_fallback = self.payment_method_fallback.to_dict()

        installments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installments, Unset):
            installments = self.installments.to_dict()

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        one_off: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_off, Unset):
            one_off = self.one_off.to_dict()

        seller_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_details, Unset):
            seller_details = self.seller_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "reference": reference,
                "payment_method_id": payment_method_id,
                "billing_entity_id": billing_entity_id,
                "type": type_,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if dunning is not UNSET:
            field_dict["dunning"] = dunning
        if payment_method_fallback is not UNSET:
            field_dict["payment_method_fallback"] = payment_method_fallback
        if installments is not UNSET:
            field_dict["installments"] = installments
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if one_off is not UNSET:
            field_dict["one_off"] = one_off
        if seller_details is not UNSET:
            field_dict["seller_details"] = seller_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_payment_method_request import CreatePaymentMethodRequest
        from ..models.embedded_customer_request import EmbeddedCustomerRequest
        from ..models.payment_method_fallback import PaymentMethodFallback
        from ..models.payment_schedule_dunning import PaymentScheduleDunning
        from ..models.payment_schedule_installments import PaymentScheduleInstallments
        from ..models.payment_schedule_one_off import PaymentScheduleOneOff
        from ..models.payment_schedule_recurring import PaymentScheduleRecurring
        from ..models.seller_details import SellerDetails

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        reference = d.pop("reference")

        payment_method_id = d.pop("payment_method_id")

        billing_entity_id = d.pop("billing_entity_id")

        type_ = PaymentScheduleType(d.pop("type"))

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

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_status(data: object) -> None | PaymentScheduleStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PaymentScheduleStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentScheduleStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_customer(data: object) -> EmbeddedCustomerRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = EmbeddedCustomerRequest.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddedCustomerRequest | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_statement_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor = _parse_statement_descriptor(d.pop("statement_descriptor", UNSET))

        def _parse_payment_method(data: object) -> CreatePaymentMethodRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_0 = CreatePaymentMethodRequest.from_dict(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreatePaymentMethodRequest | None | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        _dunning = d.pop("dunning", UNSET)
        dunning: PaymentScheduleDunning | Unset
        if isinstance(_dunning, Unset):
            dunning = UNSET
        else:
            dunning = PaymentScheduleDunning.from_dict(_dunning)

        _payment_method_fallback = d.pop("payment_method_fallback", UNSET)
        payment_method_fallback: PaymentMethodFallback | Unset
        if isinstance(_payment_method_fallback, Unset):
            payment_method_fallback = UNSET
        else:
            payment_method_fallback = PaymentMethodFallback.from_dict(_payment_method_fallback)

        _installments = d.pop("installments", UNSET)
        installments: PaymentScheduleInstallments | Unset
        if isinstance(_installments, Unset):
            installments = UNSET
        else:
            installments = PaymentScheduleInstallments.from_dict(_installments)

        _recurring = d.pop("recurring", UNSET)
        recurring: PaymentScheduleRecurring | Unset
        if isinstance(_recurring, Unset):
            recurring = UNSET
        else:
            recurring = PaymentScheduleRecurring.from_dict(_recurring)

        _one_off = d.pop("one_off", UNSET)
        one_off: PaymentScheduleOneOff | Unset
        if isinstance(_one_off, Unset):
            one_off = UNSET
        else:
            one_off = PaymentScheduleOneOff.from_dict(_one_off)

        _seller_details = d.pop("seller_details", UNSET)
        seller_details: SellerDetails | Unset
        if isinstance(_seller_details, Unset):
            seller_details = UNSET
        else:
            seller_details = SellerDetails.from_dict(_seller_details)

        create_payment_schedule_request = cls(
            customer_id=customer_id,
            reference=reference,
            payment_method_id=payment_method_id,
            billing_entity_id=billing_entity_id,
            type_=type_,
            object_type=object_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            customer=customer,
            description=description,
            statement_descriptor=statement_descriptor,
            payment_method=payment_method,
            dunning=dunning,
            payment_method_fallback=payment_method_fallback,
            installments=installments,
            recurring=recurring,
            one_off=one_off,
            seller_details=seller_details,
        )

        create_payment_schedule_request.additional_properties = d
        return create_payment_schedule_request

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
