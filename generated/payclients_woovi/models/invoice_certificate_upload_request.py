from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCertificateUploadRequest")


@_attrs_define
class InvoiceCertificateUploadRequest:
    """
    Attributes:
        pcks12 (str): Base64 of the .pfx/.p12 file (the field name is spelled this way).
        passphrase (str):
        test (bool | Unset):
    """

    pcks12: str
    passphrase: str
    test: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pcks12 = self.pcks12

        passphrase = self.passphrase

        test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pcks12": pcks12,
                "passphrase": passphrase,
            }
        )
        if test is not UNSET:
            field_dict["test"] = test

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pcks12 = d.pop("pcks12")

        passphrase = d.pop("passphrase")

        test = d.pop("test", UNSET)

        invoice_certificate_upload_request = cls(
            pcks12=pcks12,
            passphrase=passphrase,
            test=test,
        )

        invoice_certificate_upload_request.additional_properties = d
        return invoice_certificate_upload_request

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
