from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendQuoteVersionRequest")


@_attrs_define
class SendQuoteVersionRequest:
    """
    Attributes:
        to_email_addresses (list[str] | None | Unset):
        overwrite_to (bool | None | Unset):
        cc_email_addresses (list[str] | None | Unset):
        bcc_email_addresses (list[str] | None | Unset):
    """

    to_email_addresses: list[str] | None | Unset = UNSET
    overwrite_to: bool | None | Unset = UNSET
    cc_email_addresses: list[str] | None | Unset = UNSET
    bcc_email_addresses: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_email_addresses: list[str] | None | Unset
        if isinstance(self.to_email_addresses, Unset):
            to_email_addresses = UNSET
        elif isinstance(self.to_email_addresses, list):
            to_email_addresses = self.to_email_addresses

        else:
            to_email_addresses = self.to_email_addresses

        overwrite_to: bool | None | Unset
        if isinstance(self.overwrite_to, Unset):
            overwrite_to = UNSET
        else:
            overwrite_to = self.overwrite_to

        cc_email_addresses: list[str] | None | Unset
        if isinstance(self.cc_email_addresses, Unset):
            cc_email_addresses = UNSET
        elif isinstance(self.cc_email_addresses, list):
            cc_email_addresses = self.cc_email_addresses

        else:
            cc_email_addresses = self.cc_email_addresses

        bcc_email_addresses: list[str] | None | Unset
        if isinstance(self.bcc_email_addresses, Unset):
            bcc_email_addresses = UNSET
        elif isinstance(self.bcc_email_addresses, list):
            bcc_email_addresses = self.bcc_email_addresses

        else:
            bcc_email_addresses = self.bcc_email_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to_email_addresses is not UNSET:
            field_dict["to_email_addresses"] = to_email_addresses
        if overwrite_to is not UNSET:
            field_dict["overwrite_to"] = overwrite_to
        if cc_email_addresses is not UNSET:
            field_dict["cc_email_addresses"] = cc_email_addresses
        if bcc_email_addresses is not UNSET:
            field_dict["bcc_email_addresses"] = bcc_email_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_to_email_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_email_addresses_type_0 = cast(list[str], data)

                return to_email_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        to_email_addresses = _parse_to_email_addresses(d.pop("to_email_addresses", UNSET))

        def _parse_overwrite_to(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overwrite_to = _parse_overwrite_to(d.pop("overwrite_to", UNSET))

        def _parse_cc_email_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_email_addresses_type_0 = cast(list[str], data)

                return cc_email_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cc_email_addresses = _parse_cc_email_addresses(d.pop("cc_email_addresses", UNSET))

        def _parse_bcc_email_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_email_addresses_type_0 = cast(list[str], data)

                return bcc_email_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bcc_email_addresses = _parse_bcc_email_addresses(d.pop("bcc_email_addresses", UNSET))

        send_quote_version_request = cls(
            to_email_addresses=to_email_addresses,
            overwrite_to=overwrite_to,
            cc_email_addresses=cc_email_addresses,
            bcc_email_addresses=bcc_email_addresses,
        )

        send_quote_version_request.additional_properties = d
        return send_quote_version_request

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
