from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_gateway_variant import PaymentGatewayVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_tokenization_request import AdyenTokenizationRequest
    from ..models.amount import Amount
    from ..models.payment_context import PaymentContext
    from ..models.stripe_tokenization_request import StripeTokenizationRequest


T = TypeVar("T", bound="AuthorizePaymentRequest")


@_attrs_define
class AuthorizePaymentRequest:
    """
    Attributes:
        payment_acceptor_id (str):
        customer_id (str | Unset):
        payment_method_id (None | str | Unset):
        payment_gateway_variant (PaymentGatewayVariant | Unset): Payment gateway provider.
        stripe (StripeTokenizationRequest | Unset):
        adyen (AdyenTokenizationRequest | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        reference (None | str | Unset):
        context (PaymentContext | Unset): What a payment was made for.
        return_url (None | str | Unset):
    """

    payment_acceptor_id: str
    customer_id: str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    payment_gateway_variant: PaymentGatewayVariant | Unset = UNSET
    stripe: StripeTokenizationRequest | Unset = UNSET
    adyen: AdyenTokenizationRequest | Unset = UNSET
    amount: Amount | Unset = UNSET
    reference: None | str | Unset = UNSET
    context: PaymentContext | Unset = UNSET
    return_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_acceptor_id = self.payment_acceptor_id

        customer_id = self.customer_id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_gateway_variant: str | Unset = UNSET
        if not isinstance(self.payment_gateway_variant, Unset):
            payment_gateway_variant = self.payment_gateway_variant.value

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_acceptor_id": payment_acceptor_id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if payment_gateway_variant is not UNSET:
            field_dict["payment_gateway_variant"] = payment_gateway_variant
        if stripe is not UNSET:
            field_dict["stripe"] = stripe
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reference is not UNSET:
            field_dict["reference"] = reference
        if context is not UNSET:
            field_dict["context"] = context
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_tokenization_request import AdyenTokenizationRequest
        from ..models.amount import Amount
        from ..models.payment_context import PaymentContext
        from ..models.stripe_tokenization_request import StripeTokenizationRequest

        d = dict(src_dict)
        payment_acceptor_id = d.pop("payment_acceptor_id")

        customer_id = d.pop("customer_id", UNSET)

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        _payment_gateway_variant = d.pop("payment_gateway_variant", UNSET)
        payment_gateway_variant: PaymentGatewayVariant | Unset
        if isinstance(_payment_gateway_variant, Unset):
            payment_gateway_variant = UNSET
        else:
            payment_gateway_variant = PaymentGatewayVariant(_payment_gateway_variant)

        _stripe = d.pop("stripe", UNSET)
        stripe: StripeTokenizationRequest | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripeTokenizationRequest.from_dict(_stripe)

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenTokenizationRequest | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenTokenizationRequest.from_dict(_adyen)

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        _context = d.pop("context", UNSET)
        context: PaymentContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = PaymentContext.from_dict(_context)

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        authorize_payment_request = cls(
            payment_acceptor_id=payment_acceptor_id,
            customer_id=customer_id,
            payment_method_id=payment_method_id,
            payment_gateway_variant=payment_gateway_variant,
            stripe=stripe,
            adyen=adyen,
            amount=amount,
            reference=reference,
            context=context,
            return_url=return_url,
        )

        authorize_payment_request.additional_properties = d
        return authorize_payment_request

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
