from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short import Short


T = TypeVar("T", bound="PlatformCurrency")


@_attrs_define
class PlatformCurrency:
    """
    Attributes:
        currency_code (str | Unset):
        code (str | Unset):
        currency_id (Short | Unset):
        numeric (Short | Unset):
        sign (str | Unset):
        exponent (Short | Unset):
        country_codes (list[str] | Unset):
        countries (list[str] | Unset):
        currency_name (str | Unset):
        name (str | Unset):
    """

    currency_code: str | Unset = UNSET
    code: str | Unset = UNSET
    currency_id: Short | Unset = UNSET
    numeric: Short | Unset = UNSET
    sign: str | Unset = UNSET
    exponent: Short | Unset = UNSET
    country_codes: list[str] | Unset = UNSET
    countries: list[str] | Unset = UNSET
    currency_name: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_code = self.currency_code

        code = self.code

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        numeric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.numeric, Unset):
            numeric = self.numeric.to_dict()

        sign = self.sign

        exponent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exponent, Unset):
            exponent = self.exponent.to_dict()

        country_codes: list[str] | Unset = UNSET
        if not isinstance(self.country_codes, Unset):
            country_codes = self.country_codes

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        currency_name = self.currency_name

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if code is not UNSET:
            field_dict["code"] = code
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if numeric is not UNSET:
            field_dict["numeric"] = numeric
        if sign is not UNSET:
            field_dict["sign"] = sign
        if exponent is not UNSET:
            field_dict["exponent"] = exponent
        if country_codes is not UNSET:
            field_dict["countryCodes"] = country_codes
        if countries is not UNSET:
            field_dict["countries"] = countries
        if currency_name is not UNSET:
            field_dict["currencyName"] = currency_name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.short import Short

        d = dict(src_dict)
        currency_code = d.pop("currencyCode", UNSET)

        code = d.pop("code", UNSET)

        _currency_id = d.pop("currencyId", UNSET)
        currency_id: Short | Unset
        if isinstance(_currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = Short.from_dict(_currency_id)

        _numeric = d.pop("numeric", UNSET)
        numeric: Short | Unset
        if isinstance(_numeric, Unset):
            numeric = UNSET
        else:
            numeric = Short.from_dict(_numeric)

        sign = d.pop("sign", UNSET)

        _exponent = d.pop("exponent", UNSET)
        exponent: Short | Unset
        if isinstance(_exponent, Unset):
            exponent = UNSET
        else:
            exponent = Short.from_dict(_exponent)

        country_codes = cast(list[str], d.pop("countryCodes", UNSET))

        countries = cast(list[str], d.pop("countries", UNSET))

        currency_name = d.pop("currencyName", UNSET)

        name = d.pop("name", UNSET)

        platform_currency = cls(
            currency_code=currency_code,
            code=code,
            currency_id=currency_id,
            numeric=numeric,
            sign=sign,
            exponent=exponent,
            country_codes=country_codes,
            countries=countries,
            currency_name=currency_name,
            name=name,
        )

        platform_currency.additional_properties = d
        return platform_currency

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
