from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refresh_invoice_type import RefreshInvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshInvoiceRequest")


@_attrs_define
class RefreshInvoiceRequest:
    """Which parts of the invoice to reload from current data.

    Attributes:
        type_ (None | RefreshInvoiceType | Unset): A single part to refresh.
        types (list[RefreshInvoiceType] | None | Unset): Several parts to refresh.
    """

    type_: None | RefreshInvoiceType | Unset = UNSET
    types: list[RefreshInvoiceType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RefreshInvoiceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        types: list[str] | None | Unset
        if isinstance(self.types, Unset):
            types = UNSET
        elif isinstance(self.types, list):
            types = []
            for types_type_0_item_data in self.types:
                types_type_0_item = types_type_0_item_data.value
                types.append(types_type_0_item)

        else:
            types = self.types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | RefreshInvoiceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RefreshInvoiceType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefreshInvoiceType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_types(data: object) -> list[RefreshInvoiceType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = []
                _types_type_0 = data
                for types_type_0_item_data in _types_type_0:
                    types_type_0_item = RefreshInvoiceType(types_type_0_item_data)

                    types_type_0.append(types_type_0_item)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefreshInvoiceType] | None | Unset, data)

        types = _parse_types(d.pop("types", UNSET))

        refresh_invoice_request = cls(
            type_=type_,
            types=types,
        )

        refresh_invoice_request.additional_properties = d
        return refresh_invoice_request

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
