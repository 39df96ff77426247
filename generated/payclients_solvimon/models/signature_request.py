from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_request_status import SignatureRequestStatus
from ..models.signature_request_type import SignatureRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signature_request_quote_version import SignatureRequestQuoteVersion
    from ..models.signature_request_recipient_data import SignatureRequestRecipientData


T = TypeVar("T", bound="SignatureRequest")


@_attrs_define
class SignatureRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        status (None | SignatureRequestStatus | Unset):
        type_ (None | SignatureRequestType | Unset):
        quote_version (SignatureRequestQuoteVersion | Unset):
        recipients (list[SignatureRequestRecipientData] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    status: None | SignatureRequestStatus | Unset = UNSET
    type_: None | SignatureRequestType | Unset = UNSET
    quote_version: SignatureRequestQuoteVersion | Unset = UNSET
    recipients: list[SignatureRequestRecipientData] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SignatureRequestStatus):
            status = self.status.value
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SignatureRequestType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        quote_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_version, Unset):
            quote_version = self.quote_version.to_dict()

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if quote_version is not UNSET:
            field_dict["quote_version"] = quote_version
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signature_request_quote_version import SignatureRequestQuoteVersion
        from ..models.signature_request_recipient_data import SignatureRequestRecipientData

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_status(data: object) -> None | SignatureRequestStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SignatureRequestStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureRequestStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | SignatureRequestType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = SignatureRequestType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureRequestType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _quote_version = d.pop("quote_version", UNSET)
        quote_version: SignatureRequestQuoteVersion | Unset
        if isinstance(_quote_version, Unset):
            quote_version = UNSET
        else:
            quote_version = SignatureRequestQuoteVersion.from_dict(_quote_version)

        def _parse_recipients(data: object) -> list[SignatureRequestRecipientData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = SignatureRequestRecipientData.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignatureRequestRecipientData] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        signature_request = cls(
            object_type=object_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            type_=type_,
            quote_version=quote_version,
            recipients=recipients,
        )

        signature_request.additional_properties = d
        return signature_request

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
