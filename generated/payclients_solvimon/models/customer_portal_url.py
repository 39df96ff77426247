from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_action_options import CustomerActionOptions
    from ..models.display_config import DisplayConfig


T = TypeVar("T", bound="CustomerPortalUrl")


@_attrs_define
class CustomerPortalUrl:
    """
    Attributes:
        display (DisplayConfig | Unset):
        options (CustomerActionOptions | Unset):
    """

    display: DisplayConfig | Unset = UNSET
    options: CustomerActionOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_action_options import CustomerActionOptions
        from ..models.display_config import DisplayConfig

        d = dict(src_dict)
        _display = d.pop("display", UNSET)
        display: DisplayConfig | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = DisplayConfig.from_dict(_display)

        _options = d.pop("options", UNSET)
        options: CustomerActionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = CustomerActionOptions.from_dict(_options)

        customer_portal_url = cls(
            display=display,
            options=options,
        )

        customer_portal_url.additional_properties = d
        return customer_portal_url

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
