from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PixQrCode")


@_attrs_define
class PixQrCode:
    """
    Attributes:
        name (str | Unset):
        value (int | Unset):
        comment (str | Unset):
        br_code (str | Unset):
        correlation_id (str | Unset):
        identifier (str | Unset):
        payment_link_id (str | Unset):
        payment_link_url (str | Unset):
        pix_key (str | Unset):
        qr_code_image (str | Unset):
        global_id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    name: str | Unset = UNSET
    value: int | Unset = UNSET
    comment: str | Unset = UNSET
    br_code: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    payment_link_id: str | Unset = UNSET
    payment_link_url: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    qr_code_image: str | Unset = UNSET
    global_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        comment = self.comment

        br_code = self.br_code

        correlation_id = self.correlation_id

        identifier = self.identifier

        payment_link_id = self.payment_link_id

        payment_link_url = self.payment_link_url

        pix_key = self.pix_key

        qr_code_image = self.qr_code_image

        global_id = self.global_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if comment is not UNSET:
            field_dict["comment"] = comment
        if br_code is not UNSET:
            field_dict["brCode"] = br_code
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if payment_link_id is not UNSET:
            field_dict["paymentLinkID"] = payment_link_id
        if payment_link_url is not UNSET:
            field_dict["paymentLinkUrl"] = payment_link_url
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if qr_code_image is not UNSET:
            field_dict["qrCodeImage"] = qr_code_image
        if global_id is not UNSET:
            field_dict["globalID"] = global_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        comment = d.pop("comment", UNSET)

        br_code = d.pop("brCode", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        identifier = d.pop("identifier", UNSET)

        payment_link_id = d.pop("paymentLinkID", UNSET)

        payment_link_url = d.pop("paymentLinkUrl", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        qr_code_image = d.pop("qrCodeImage", UNSET)

        global_id = d.pop("globalID", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        pix_qr_code = cls(
            name=name,
            value=value,
            comment=comment,
            br_code=br_code,
            correlation_id=correlation_id,
            identifier=identifier,
            payment_link_id=payment_link_id,
            payment_link_url=payment_link_url,
            pix_key=pix_key,
            qr_code_image=qr_code_image,
            global_id=global_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        pix_qr_code.additional_properties = d
        return pix_qr_code

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
