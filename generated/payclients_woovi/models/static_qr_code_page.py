from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.pix_qr_code import PixQrCode


T = TypeVar("T", bound="StaticQrCodePage")


@_attrs_define
class StaticQrCodePage:
    """
    Attributes:
        pix_qr_codes (list[PixQrCode] | Unset):
        page_info (PageInfo | Unset): Offset pagination block. Ask for the next page with skip + limit while hasNextPage
            is true.
    """

    pix_qr_codes: list[PixQrCode] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pix_qr_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pix_qr_codes, Unset):
            pix_qr_codes = []
            for pix_qr_codes_item_data in self.pix_qr_codes:
                pix_qr_codes_item = pix_qr_codes_item_data.to_dict()
                pix_qr_codes.append(pix_qr_codes_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix_qr_codes is not UNSET:
            field_dict["pixQrCodes"] = pix_qr_codes
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.pix_qr_code import PixQrCode

        d = dict(src_dict)
        _pix_qr_codes = d.pop("pixQrCodes", UNSET)
        pix_qr_codes: list[PixQrCode] | Unset = UNSET
        if _pix_qr_codes is not UNSET:
            pix_qr_codes = []
            for pix_qr_codes_item_data in _pix_qr_codes:
                pix_qr_codes_item = PixQrCode.from_dict(pix_qr_codes_item_data)

                pix_qr_codes.append(pix_qr_codes_item)

        _page_info = d.pop("pageInfo", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        static_qr_code_page = cls(
            pix_qr_codes=pix_qr_codes,
            page_info=page_info,
        )

        static_qr_code_page.additional_properties = d
        return static_qr_code_page

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
