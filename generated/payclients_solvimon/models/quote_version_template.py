from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_version_content import QuoteVersionContent


T = TypeVar("T", bound="QuoteVersionTemplate")


@_attrs_define
class QuoteVersionTemplate:
    """
    Attributes:
        content (QuoteVersionContent | Unset):
        document_ids (list[str] | None | Unset):
    """

    content: QuoteVersionContent | Unset = UNSET
    document_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        document_ids: list[str] | None | Unset
        if isinstance(self.document_ids, Unset):
            document_ids = UNSET
        elif isinstance(self.document_ids, list):
            document_ids = self.document_ids

        else:
            document_ids = self.document_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quote_version_content import QuoteVersionContent

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: QuoteVersionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = QuoteVersionContent.from_dict(_content)

        def _parse_document_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                document_ids_type_0 = cast(list[str], data)

                return document_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        document_ids = _parse_document_ids(d.pop("document_ids", UNSET))

        quote_version_template = cls(
            content=content,
            document_ids=document_ids,
        )

        quote_version_template.additional_properties = d
        return quote_version_template

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
