from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_tokenization_request_browser_info import AdyenTokenizationRequestBrowserInfo
    from ..models.adyen_tokenization_request_payment_method import AdyenTokenizationRequestPaymentMethod
    from ..models.adyen_tokenization_request_risk_data import AdyenTokenizationRequestRiskData


T = TypeVar("T", bound="AdyenTokenizationRequest")


@_attrs_define
class AdyenTokenizationRequest:
    """
    Attributes:
        payment_method (AdyenTokenizationRequestPaymentMethod | Unset):
        browser_info (AdyenTokenizationRequestBrowserInfo | Unset):
        risk_data (AdyenTokenizationRequestRiskData | Unset):
        origin (str | Unset):
        store_payment_method (bool | Unset):
    """

    payment_method: AdyenTokenizationRequestPaymentMethod | Unset = UNSET
    browser_info: AdyenTokenizationRequestBrowserInfo | Unset = UNSET
    risk_data: AdyenTokenizationRequestRiskData | Unset = UNSET
    origin: str | Unset = UNSET
    store_payment_method: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        browser_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_info, Unset):
            browser_info = self.browser_info.to_dict()

        risk_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_data, Unset):
            risk_data = self.risk_data.to_dict()

        origin = self.origin

        store_payment_method = self.store_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if browser_info is not UNSET:
            field_dict["browser_info"] = browser_info
        if risk_data is not UNSET:
            field_dict["risk_data"] = risk_data
        if origin is not UNSET:
            field_dict["origin"] = origin
        if store_payment_method is not UNSET:
            field_dict["store_payment_method"] = store_payment_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_tokenization_request_browser_info import AdyenTokenizationRequestBrowserInfo
        from ..models.adyen_tokenization_request_payment_method import AdyenTokenizationRequestPaymentMethod
        from ..models.adyen_tokenization_request_risk_data import AdyenTokenizationRequestRiskData

        d = dict(src_dict)
        _payment_method = d.pop("payment_method", UNSET)
        payment_method: AdyenTokenizationRequestPaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = AdyenTokenizationRequestPaymentMethod.from_dict(_payment_method)

        _browser_info = d.pop("browser_info", UNSET)
        browser_info: AdyenTokenizationRequestBrowserInfo | Unset
        if isinstance(_browser_info, Unset):
            browser_info = UNSET
        else:
            browser_info = AdyenTokenizationRequestBrowserInfo.from_dict(_browser_info)

        _risk_data = d.pop("risk_data", UNSET)
        risk_data: AdyenTokenizationRequestRiskData | Unset
        if isinstance(_risk_data, Unset):
            risk_data = UNSET
        else:
            risk_data = AdyenTokenizationRequestRiskData.from_dict(_risk_data)

        origin = d.pop("origin", UNSET)

        store_payment_method = d.pop("store_payment_method", UNSET)

        adyen_tokenization_request = cls(
            payment_method=payment_method,
            browser_info=browser_info,
            risk_data=risk_data,
            origin=origin,
            store_payment_method=store_payment_method,
        )

        adyen_tokenization_request.additional_properties = d
        return adyen_tokenization_request

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
