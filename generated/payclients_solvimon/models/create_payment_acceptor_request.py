from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_acceptor_type import PaymentAcceptorType
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount
    from ..models.payment_acceptor_custom_redirect import PaymentAcceptorCustomRedirect
    from ..models.payment_gateway_payment_acceptor import PaymentGatewayPaymentAcceptor


T = TypeVar("T", bound="CreatePaymentAcceptorRequest")


@_attrs_define
class CreatePaymentAcceptorRequest:
    """
    Attributes:
        reference (str):
        type_ (None | PaymentAcceptorType):
        object_type (None | str | Unset):
        id (None | str | Unset):
        billing_entity_id (None | str | Unset):
        customer_id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        bank_account (BankAccount | Unset): Bank account details of a payment acceptor.
        payment_gateway (PaymentGatewayPaymentAcceptor | Unset): Payment acceptor backed by a payment gateway
            integration.
        custom_redirect (PaymentAcceptorCustomRedirect | Unset): External payment page of a payment acceptor.
        status (None | ResourceStatus | Unset):
    """

    reference: str
    type_: None | PaymentAcceptorType
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    billing_entity_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    bank_account: BankAccount | Unset = UNSET
    payment_gateway: PaymentGatewayPaymentAcceptor | Unset = UNSET
    custom_redirect: PaymentAcceptorCustomRedirect | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        type_: None | str
        if isinstance(self.type_, PaymentAcceptorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        payment_gateway: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_gateway, Unset):
            payment_gateway = self.payment_gateway.to_dict()

        custom_redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_redirect, Unset):
            custom_redirect = self.custom_redirect.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "type": type_,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway
        if custom_redirect is not UNSET:
            field_dict["custom_redirect"] = custom_redirect
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account import BankAccount
        from ..models.payment_acceptor_custom_redirect import PaymentAcceptorCustomRedirect
        from ..models.payment_gateway_payment_acceptor import PaymentGatewayPaymentAcceptor

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_type_(data: object) -> None | PaymentAcceptorType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PaymentAcceptorType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentAcceptorType, data)

        type_ = _parse_type_(d.pop("type"))

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

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _bank_account = d.pop("bank_account", UNSET)
        bank_account: BankAccount | Unset
        if isinstance(_bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = BankAccount.from_dict(_bank_account)

        _payment_gateway = d.pop("payment_gateway", UNSET)
        payment_gateway: PaymentGatewayPaymentAcceptor | Unset
        if isinstance(_payment_gateway, Unset):
            payment_gateway = UNSET
        else:
            payment_gateway = PaymentGatewayPaymentAcceptor.from_dict(_payment_gateway)

        _custom_redirect = d.pop("custom_redirect", UNSET)
        custom_redirect: PaymentAcceptorCustomRedirect | Unset
        if isinstance(_custom_redirect, Unset):
            custom_redirect = UNSET
        else:
            custom_redirect = PaymentAcceptorCustomRedirect.from_dict(_custom_redirect)

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        create_payment_acceptor_request = cls(
            reference=reference,
            type_=type_,
            object_type=object_type,
            id=id,
            billing_entity_id=billing_entity_id,
            customer_id=customer_id,
            name=name,
            description=description,
            bank_account=bank_account,
            payment_gateway=payment_gateway,
            custom_redirect=custom_redirect,
            status=status,
        )

        create_payment_acceptor_request.additional_properties = d
        return create_payment_acceptor_request

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
