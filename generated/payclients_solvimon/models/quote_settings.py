from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_pdf_configuration import QuotePDFConfiguration


T = TypeVar("T", bound="QuoteSettings")


@_attrs_define
class QuoteSettings:
    """
    Attributes:
        quote_pdf_configuration (QuotePDFConfiguration | Unset):
    """

    quote_pdf_configuration: QuotePDFConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_pdf_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_pdf_configuration, Unset):
            quote_pdf_configuration = self.quote_pdf_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_pdf_configuration is not UNSET:
            field_dict["quote_pdf_configuration"] = quote_pdf_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quote_pdf_configuration import QuotePDFConfiguration

        d = dict(src_dict)
        _quote_pdf_configuration = d.pop("quote_pdf_configuration", UNSET)
        quote_pdf_configuration: QuotePDFConfiguration | Unset
        if isinstance(_quote_pdf_configuration, Unset):
            quote_pdf_configuration = UNSET
        else:
            quote_pdf_configuration = QuotePDFConfiguration.from_dict(_quote_pdf_configuration)

        quote_settings = cls(
            quote_pdf_configuration=quote_pdf_configuration,
        )

        quote_settings.additional_properties = d
        return quote_settings

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
