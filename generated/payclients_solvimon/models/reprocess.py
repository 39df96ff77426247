from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reprocess_type import ReprocessType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reprocess_customer import ReprocessCustomer
    from ..models.reprocess_invoice import ReprocessInvoice
    from ..models.reprocess_not_matched import ReprocessNotMatched


T = TypeVar("T", bound="Reprocess")


@_attrs_define
class Reprocess:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        type_ (ReprocessType | Unset):
        created_at (None | str | Unset):
        status (None | str | Unset):
        percentage (int | None | Unset):
        invoice (ReprocessInvoice | Unset):
        not_matched (ReprocessNotMatched | Unset):
        customer (ReprocessCustomer | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    type_: ReprocessType | Unset = UNSET
    created_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    percentage: int | None | Unset = UNSET
    invoice: ReprocessInvoice | Unset = UNSET
    not_matched: ReprocessNotMatched | Unset = UNSET
    customer: ReprocessCustomer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        percentage: int | None | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        not_matched: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_matched, Unset):
            not_matched = self.not_matched.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if not_matched is not UNSET:
            field_dict["not_matched"] = not_matched
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reprocess_customer import ReprocessCustomer
        from ..models.reprocess_invoice import ReprocessInvoice
        from ..models.reprocess_not_matched import ReprocessNotMatched

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

        _type_ = d.pop("type", UNSET)
        type_: ReprocessType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReprocessType(_type_)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_percentage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

        _invoice = d.pop("invoice", UNSET)
        invoice: ReprocessInvoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = ReprocessInvoice.from_dict(_invoice)

        _not_matched = d.pop("not_matched", UNSET)
        not_matched: ReprocessNotMatched | Unset
        if isinstance(_not_matched, Unset):
            not_matched = UNSET
        else:
            not_matched = ReprocessNotMatched.from_dict(_not_matched)

        _customer = d.pop("customer", UNSET)
        customer: ReprocessCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = ReprocessCustomer.from_dict(_customer)

        reprocess = cls(
            object_type=object_type,
            id=id,
            type_=type_,
            created_at=created_at,
            status=status,
            percentage=percentage,
            invoice=invoice,
            not_matched=not_matched,
            customer=customer,
        )

        reprocess.additional_properties = d
        return reprocess

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
