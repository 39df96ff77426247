from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_action_options import InvoiceActionOptions


T = TypeVar("T", bound="InvoicePortalUrl")


@_attrs_define
class InvoicePortalUrl:
    """
    Attributes:
        id (str | Unset):
        options (InvoiceActionOptions | Unset):
    """

    id: str | Unset = UNSET
    options: InvoiceActionOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_action_options import InvoiceActionOptions

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _options = d.pop("options", UNSET)
        options: InvoiceActionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = InvoiceActionOptions.from_dict(_options)

        invoice_portal_url = cls(
            id=id,
            options=options,
        )

        invoice_portal_url.additional_properties = d
        return invoice_portal_url

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
