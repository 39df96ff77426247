from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshPaymentMethodsRequest")


@_attrs_define
class RefreshPaymentMethodsRequest:
    """
    Attributes:
        customer_id (None | str | Unset):
        customer_reference (None | str | Unset):
        payment_acceptor_id (None | str | Unset):
        payment_acceptor_reference (None | str | Unset):
    """

    customer_id: None | str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    payment_acceptor_id: None | str | Unset = UNSET
    payment_acceptor_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if payment_acceptor_id is not UNSET:
            field_dict["payment_acceptor_id"] = payment_acceptor_id
        if payment_acceptor_reference is not UNSET:
            field_dict["payment_acceptor_reference"] = payment_acceptor_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(d.pop("customer_reference", UNSET))

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

        refresh_payment_methods_request = cls(
            customer_id=customer_id,
            customer_reference=customer_reference,
            payment_acceptor_id=payment_acceptor_id,
            payment_acceptor_reference=payment_acceptor_reference,
        )

        refresh_payment_methods_request.additional_properties = d
        return refresh_payment_methods_request

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
