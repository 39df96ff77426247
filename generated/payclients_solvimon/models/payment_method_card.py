from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_card_brand import PaymentMethodCardBrand
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiry_date import ExpiryDate


T = TypeVar("T", bound="PaymentMethodCard")


@_attrs_define
class PaymentMethodCard:
    """
    Attributes:
        brand (None | PaymentMethodCardBrand | Unset):
        name (None | str | Unset):
        expiry_date (ExpiryDate | Unset): Card expiry month and year.
        last_four_digits (None | str | Unset):
        country (None | str | Unset):
    """

    brand: None | PaymentMethodCardBrand | Unset = UNSET
    name: None | str | Unset = UNSET
    expiry_date: ExpiryDate | Unset = UNSET
    last_four_digits: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, PaymentMethodCardBrand):
            brand = self.brand.value
        else:
            brand = self.brand

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        expiry_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.to_dict()

        last_four_digits: None | str | Unset
        if isinstance(self.last_four_digits, Unset):
            last_four_digits = UNSET
        else:
            last_four_digits = self.last_four_digits

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if name is not UNSET:
            field_dict["name"] = name
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if last_four_digits is not UNSET:
            field_dict["last_four_digits"] = last_four_digits
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expiry_date import ExpiryDate

        d = dict(src_dict)

        def _parse_brand(data: object) -> None | PaymentMethodCardBrand | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                brand_type_0 = PaymentMethodCardBrand(data)

                return brand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodCardBrand | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _expiry_date = d.pop("expiry_date", UNSET)
        expiry_date: ExpiryDate | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = ExpiryDate.from_dict(_expiry_date)

        def _parse_last_four_digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_four_digits = _parse_last_four_digits(d.pop("last_four_digits", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        payment_method_card = cls(
            brand=brand,
            name=name,
            expiry_date=expiry_date,
            last_four_digits=last_four_digits,
            country=country,
        )

        payment_method_card.additional_properties = d
        return payment_method_card

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
