from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_adyen_verify_details_request_details_type_0 import CreateAdyenVerifyDetailsRequestDetailsType0


T = TypeVar("T", bound="CreateAdyenVerifyDetailsRequest")


@_attrs_define
class CreateAdyenVerifyDetailsRequest:
    """
    Attributes:
        details (CreateAdyenVerifyDetailsRequestDetailsType0 | None | Unset):
        redirect_result (None | str | Unset):
        threeds_result (None | str | Unset):
        payment_data (None | str | Unset):
    """

    details: CreateAdyenVerifyDetailsRequestDetailsType0 | None | Unset = UNSET
    redirect_result: None | str | Unset = UNSET
    threeds_result: None | str | Unset = UNSET
    payment_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_adyen_verify_details_request_details_type_0 import (
            CreateAdyenVerifyDetailsRequestDetailsType0,
        )

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, CreateAdyenVerifyDetailsRequestDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        redirect_result: None | str | Unset
        if isinstance(self.redirect_result, Unset):
            redirect_result = UNSET
        else:
            redirect_result = self.redirect_result

        threeds_result: None | str | Unset
        if isinstance(self.threeds_result, Unset):
            threeds_result = UNSET
        else:
            threeds_result = self.threeds_result

        payment_data: None | str | Unset
        if isinstance(self.payment_data, Unset):
            payment_data = UNSET
        else:
            payment_data = self.payment_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details
        if redirect_result is not UNSET:
            field_dict["redirect_result"] = redirect_result
        if threeds_result is not UNSET:
            field_dict["threeds_result"] = threeds_result
        if payment_data is not UNSET:
            field_dict["payment_data"] = payment_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_adyen_verify_details_request_details_type_0 import (
            CreateAdyenVerifyDetailsRequestDetailsType0,
        )

        d = dict(src_dict)

        def _parse_details(data: object) -> CreateAdyenVerifyDetailsRequestDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = CreateAdyenVerifyDetailsRequestDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAdyenVerifyDetailsRequestDetailsType0 | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_redirect_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_result = _parse_redirect_result(d.pop("redirect_result", UNSET))

        def _parse_threeds_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threeds_result = _parse_threeds_result(d.pop("threeds_result", UNSET))

        def _parse_payment_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_data = _parse_payment_data(d.pop("payment_data", UNSET))

        create_adyen_verify_details_request = cls(
            details=details,
            redirect_result=redirect_result,
            threeds_result=threeds_result,
            payment_data=payment_data,
        )

        create_adyen_verify_details_request.additional_properties = d
        return create_adyen_verify_details_request

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
