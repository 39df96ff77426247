from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmvMerchantAccountInformation")


@_attrs_define
class EmvMerchantAccountInformation:
    """
    Attributes:
        gui (str | Unset):
        pix_key (str | Unset):
        url (str | Unset):
        additional_information (str | Unset):
    """

    gui: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_information: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gui = self.gui

        pix_key = self.pix_key

        url = self.url

        additional_information = self.additional_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gui is not UNSET:
            field_dict["gui"] = gui
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if url is not UNSET:
            field_dict["url"] = url
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gui = d.pop("gui", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        url = d.pop("url", UNSET)

        additional_information = d.pop("additionalInformation", UNSET)

        emv_merchant_account_information = cls(
            gui=gui,
            pix_key=pix_key,
            url=url,
            additional_information=additional_information,
        )

        emv_merchant_account_information.additional_properties = d
        return emv_merchant_account_information

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
