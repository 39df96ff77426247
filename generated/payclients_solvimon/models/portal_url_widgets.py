from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortalUrlWidgets")


@_attrs_define
class PortalUrlWidgets:
    """
    Attributes:
        usage (None | str | Unset):
        invoices (None | str | Unset):
        pricing_plan_subscriptions (None | str | Unset):
    """

    usage: None | str | Unset = UNSET
    invoices: None | str | Unset = UNSET
    pricing_plan_subscriptions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage: None | str | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        invoices: None | str | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        else:
            invoices = self.invoices

        pricing_plan_subscriptions: None | str | Unset
        if isinstance(self.pricing_plan_subscriptions, Unset):
            pricing_plan_subscriptions = UNSET
        else:
            pricing_plan_subscriptions = self.pricing_plan_subscriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage is not UNSET:
            field_dict["usage"] = usage
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if pricing_plan_subscriptions is not UNSET:
            field_dict["pricing_plan_subscriptions"] = pricing_plan_subscriptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_invoices(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoices = _parse_invoices(d.pop("invoices", UNSET))

        def _parse_pricing_plan_subscriptions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscriptions = _parse_pricing_plan_subscriptions(d.pop("pricing_plan_subscriptions", UNSET))

        portal_url_widgets = cls(
            usage=usage,
            invoices=invoices,
            pricing_plan_subscriptions=pricing_plan_subscriptions,
        )

        portal_url_widgets.additional_properties = d
        return portal_url_widgets

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
