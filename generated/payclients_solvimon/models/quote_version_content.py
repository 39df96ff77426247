from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_version_content_type import QuoteVersionContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_version_default_content import QuoteVersionDefaultContent


T = TypeVar("T", bound="QuoteVersionContent")


@_attrs_define
class QuoteVersionContent:
    """
    Attributes:
        type_ (QuoteVersionContentType | Unset):
        default (QuoteVersionDefaultContent | Unset):
        tiptap (None | str | Unset):
    """

    type_: QuoteVersionContentType | Unset = UNSET
    default: QuoteVersionDefaultContent | Unset = UNSET
    tiptap: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        tiptap: None | str | Unset
        if isinstance(self.tiptap, Unset):
            tiptap = UNSET
        else:
            tiptap = self.tiptap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default is not UNSET:
            field_dict["default"] = default
        if tiptap is not UNSET:
            field_dict["tiptap"] = tiptap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quote_version_default_content import QuoteVersionDefaultContent

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: QuoteVersionContentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = QuoteVersionContentType(_type_)

        _default = d.pop("default", UNSET)
        default: QuoteVersionDefaultContent | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = QuoteVersionDefaultContent.from_dict(_default)

        def _parse_tiptap(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tiptap = _parse_tiptap(d.pop("tiptap", UNSET))

        quote_version_content = cls(
            type_=type_,
            default=default,
            tiptap=tiptap,
        )

        quote_version_content.additional_properties = d
        return quote_version_content

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
