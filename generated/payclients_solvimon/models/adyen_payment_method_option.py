from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_issuer import AdyenIssuer
    from ..models.adyen_payment_method_option_configuration import AdyenPaymentMethodOptionConfiguration


T = TypeVar("T", bound="AdyenPaymentMethodOption")


@_attrs_define
class AdyenPaymentMethodOption:
    """
    Attributes:
        name (None | str | Unset):
        type_ (None | str | Unset):
        brand (None | str | Unset):
        brands (list[str] | None | Unset):
        funding_source (None | str | Unset):
        issuers (list[AdyenIssuer] | None | Unset):
        store_payment_method (bool | Unset):
        configuration (AdyenPaymentMethodOptionConfiguration | Unset):
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    brands: list[str] | None | Unset = UNSET
    funding_source: None | str | Unset = UNSET
    issuers: list[AdyenIssuer] | None | Unset = UNSET
    store_payment_method: bool | Unset = UNSET
    configuration: AdyenPaymentMethodOptionConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        brands: list[str] | None | Unset
        if isinstance(self.brands, Unset):
            brands = UNSET
        elif isinstance(self.brands, list):
            brands = self.brands

        else:
            brands = self.brands

        funding_source: None | str | Unset
        if isinstance(self.funding_source, Unset):
            funding_source = UNSET
        else:
            funding_source = self.funding_source

        issuers: list[dict[str, Any]] | None | Unset
        if isinstance(self.issuers, Unset):
            issuers = UNSET
        elif isinstance(self.issuers, list):
            issuers = []
            for issuers_type_0_item_data in self.issuers:
                issuers_type_0_item = issuers_type_0_item_data.to_dict()
                issuers.append(issuers_type_0_item)

        else:
            issuers = self.issuers

        store_payment_method = self.store_payment_method

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if brand is not UNSET:
            field_dict["brand"] = brand
        if brands is not UNSET:
            field_dict["brands"] = brands
        if funding_source is not UNSET:
            field_dict["funding_source"] = funding_source
        if issuers is not UNSET:
            field_dict["issuers"] = issuers
        if store_payment_method is not UNSET:
            field_dict["store_payment_method"] = store_payment_method
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_issuer import AdyenIssuer
        from ..models.adyen_payment_method_option_configuration import AdyenPaymentMethodOptionConfiguration

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_brands(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                brands_type_0 = cast(list[str], data)

                return brands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        brands = _parse_brands(d.pop("brands", UNSET))

        def _parse_funding_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funding_source = _parse_funding_source(d.pop("funding_source", UNSET))

        def _parse_issuers(data: object) -> list[AdyenIssuer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issuers_type_0 = []
                _issuers_type_0 = data
                for issuers_type_0_item_data in _issuers_type_0:
                    issuers_type_0_item = AdyenIssuer.from_dict(issuers_type_0_item_data)

                    issuers_type_0.append(issuers_type_0_item)

                return issuers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdyenIssuer] | None | Unset, data)

        issuers = _parse_issuers(d.pop("issuers", UNSET))

        store_payment_method = d.pop("store_payment_method", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: AdyenPaymentMethodOptionConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = AdyenPaymentMethodOptionConfiguration.from_dict(_configuration)

        adyen_payment_method_option = cls(
            name=name,
            type_=type_,
            brand=brand,
            brands=brands,
            funding_source=funding_source,
            issuers=issuers,
            store_payment_method=store_payment_method,
            configuration=configuration,
        )

        adyen_payment_method_option.additional_properties = d
        return adyen_payment_method_option

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
