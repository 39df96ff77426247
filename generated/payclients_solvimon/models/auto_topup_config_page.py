from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_topup_config import AutoTopupConfig
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="AutoTopupConfigPage")


@_attrs_define
class AutoTopupConfigPage:
    """
    Attributes:
        data (list[AutoTopupConfig]):
        links (PageLinks): Links to neighbouring pages of the same list; null where there is no such page.
        limit (int | None | Unset):
        page (int | None | Unset):
        total_number_of_pages (int | None | Unset):
    """

    data: list[AutoTopupConfig]
    links: PageLinks
    limit: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    total_number_of_pages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links = self.links.to_dict()

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        total_number_of_pages: int | None | Unset
        if isinstance(self.total_number_of_pages, Unset):
            total_number_of_pages = UNSET
        else:
            total_number_of_pages = self.total_number_of_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if total_number_of_pages is not UNSET:
            field_dict["total_number_of_pages"] = total_number_of_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auto_topup_config import AutoTopupConfig
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AutoTopupConfig.from_dict(data_item_data)

            data.append(data_item)

        links = PageLinks.from_dict(d.pop("links"))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_total_number_of_pages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_number_of_pages = _parse_total_number_of_pages(d.pop("total_number_of_pages", UNSET))

        auto_topup_config_page = cls(
            data=data,
            links=links,
            limit=limit,
            page=page,
            total_number_of_pages=total_number_of_pages,
        )

        auto_topup_config_page.additional_properties = d
        return auto_topup_config_page

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
