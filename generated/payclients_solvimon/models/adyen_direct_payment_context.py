from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_auto_rescue import DirectAutoRescue


T = TypeVar("T", bound="AdyenDirectPaymentContext")


@_attrs_define
class AdyenDirectPaymentContext:
    """Adyen options of a direct payment.

    Attributes:
        capture_delay_hours (int | None | Unset):
        auto_rescue (DirectAutoRescue | Unset): Auto-rescue settings of a direct payment.
    """

    capture_delay_hours: int | None | Unset = UNSET
    auto_rescue: DirectAutoRescue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_delay_hours: int | None | Unset
        if isinstance(self.capture_delay_hours, Unset):
            capture_delay_hours = UNSET
        else:
            capture_delay_hours = self.capture_delay_hours

        auto_rescue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_rescue, Unset):
            auto_rescue = self.auto_rescue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capture_delay_hours is not UNSET:
            field_dict["capture_delay_hours"] = capture_delay_hours
        if auto_rescue is not UNSET:
            field_dict["auto_rescue"] = auto_rescue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.direct_auto_rescue import DirectAutoRescue

        d = dict(src_dict)

        def _parse_capture_delay_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capture_delay_hours = _parse_capture_delay_hours(d.pop("capture_delay_hours", UNSET))

        _auto_rescue = d.pop("auto_rescue", UNSET)
        auto_rescue: DirectAutoRescue | Unset
        if isinstance(_auto_rescue, Unset):
            auto_rescue = UNSET
        else:
            auto_rescue = DirectAutoRescue.from_dict(_auto_rescue)

        adyen_direct_payment_context = cls(
            capture_delay_hours=capture_delay_hours,
            auto_rescue=auto_rescue,
        )

        adyen_direct_payment_context.additional_properties = d
        return adyen_direct_payment_context

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
