from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_required_action_sdk_data_type_0 import AdyenRequiredActionSdkDataType0


T = TypeVar("T", bound="AdyenRequiredAction")


@_attrs_define
class AdyenRequiredAction:
    """
    Attributes:
        result_code (None | str | Unset):
        action_type (None | str | Unset):
        payment_data (None | str | Unset):
        payment_method_type (None | str | Unset):
        sdk_data (AdyenRequiredActionSdkDataType0 | None | Unset):
    """

    result_code: None | str | Unset = UNSET
    action_type: None | str | Unset = UNSET
    payment_data: None | str | Unset = UNSET
    payment_method_type: None | str | Unset = UNSET
    sdk_data: AdyenRequiredActionSdkDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.adyen_required_action_sdk_data_type_0 import AdyenRequiredActionSdkDataType0

        result_code: None | str | Unset
        if isinstance(self.result_code, Unset):
            result_code = UNSET
        else:
            result_code = self.result_code

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        else:
            action_type = self.action_type

        payment_data: None | str | Unset
        if isinstance(self.payment_data, Unset):
            payment_data = UNSET
        else:
            payment_data = self.payment_data

        payment_method_type: None | str | Unset
        if isinstance(self.payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = self.payment_method_type

        sdk_data: dict[str, Any] | None | Unset
        if isinstance(self.sdk_data, Unset):
            sdk_data = UNSET
        elif isinstance(self.sdk_data, AdyenRequiredActionSdkDataType0):
            sdk_data = self.sdk_data.to_dict()
        else:
            sdk_data = self.sdk_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_code is not UNSET:
            field_dict["result_code"] = result_code
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if payment_data is not UNSET:
            field_dict["payment_data"] = payment_data
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if sdk_data is not UNSET:
            field_dict["sdk_data"] = sdk_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_required_action_sdk_data_type_0 import AdyenRequiredActionSdkDataType0

        d = dict(src_dict)

        def _parse_result_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_code = _parse_result_code(d.pop("result_code", UNSET))

        def _parse_action_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_type = _parse_action_type(d.pop("action_type", UNSET))

        def _parse_payment_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_data = _parse_payment_data(d.pop("payment_data", UNSET))

        def _parse_payment_method_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_type = _parse_payment_method_type(d.pop("payment_method_type", UNSET))

        def _parse_sdk_data(data: object) -> AdyenRequiredActionSdkDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sdk_data_type_0 = AdyenRequiredActionSdkDataType0.from_dict(data)

                return sdk_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdyenRequiredActionSdkDataType0 | None | Unset, data)

        sdk_data = _parse_sdk_data(d.pop("sdk_data", UNSET))

        adyen_required_action = cls(
            result_code=result_code,
            action_type=action_type,
            payment_data=payment_data,
            payment_method_type=payment_method_type,
            sdk_data=sdk_data,
        )

        adyen_required_action.additional_properties = d
        return adyen_required_action

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
