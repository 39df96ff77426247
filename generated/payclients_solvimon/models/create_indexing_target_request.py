from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexing_settings import IndexingSettings


T = TypeVar("T", bound="CreateIndexingTargetRequest")


@_attrs_define
class CreateIndexingTargetRequest:
    """
    Attributes:
        id (str | Unset):
        indexing_settings (IndexingSettings | Unset):
    """

    id: str | Unset = UNSET
    indexing_settings: IndexingSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        indexing_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexing_settings, Unset):
            indexing_settings = self.indexing_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if indexing_settings is not UNSET:
            field_dict["indexing_settings"] = indexing_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.indexing_settings import IndexingSettings

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _indexing_settings = d.pop("indexing_settings", UNSET)
        indexing_settings: IndexingSettings | Unset
        if isinstance(_indexing_settings, Unset):
            indexing_settings = UNSET
        else:
            indexing_settings = IndexingSettings.from_dict(_indexing_settings)

        create_indexing_target_request = cls(
            id=id,
            indexing_settings=indexing_settings,
        )

        create_indexing_target_request.additional_properties = d
        return create_indexing_target_request

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
