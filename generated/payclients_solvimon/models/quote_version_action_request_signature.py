from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signature_request import SignatureRequest


T = TypeVar("T", bound="QuoteVersionActionRequestSignature")


@_attrs_define
class QuoteVersionActionRequestSignature:
    """
    Attributes:
        signature_request_id (None | str | Unset):
        signature_request (None | SignatureRequest | Unset):
    """

    signature_request_id: None | str | Unset = UNSET
    signature_request: None | SignatureRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signature_request import SignatureRequest

        signature_request_id: None | str | Unset
        if isinstance(self.signature_request_id, Unset):
            signature_request_id = UNSET
        else:
            signature_request_id = self.signature_request_id

        signature_request: dict[str, Any] | None | Unset
        if isinstance(self.signature_request, Unset):
            signature_request = UNSET
        elif isinstance(self.signature_request, SignatureRequest):
            signature_request = self.signature_request.to_dict()
        else:
            signature_request = self.signature_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature_request_id is not UNSET:
            field_dict["signature_request_id"] = signature_request_id
        if signature_request is not UNSET:
            field_dict["signature_request"] = signature_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signature_request import SignatureRequest

        d = dict(src_dict)

        def _parse_signature_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_request_id = _parse_signature_request_id(d.pop("signature_request_id", UNSET))

        def _parse_signature_request(data: object) -> None | SignatureRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signature_request_type_0 = SignatureRequest.from_dict(data)

                return signature_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureRequest | Unset, data)

        signature_request = _parse_signature_request(d.pop("signature_request", UNSET))

        quote_version_action_request_signature = cls(
            signature_request_id=signature_request_id,
            signature_request=signature_request,
        )

        quote_version_action_request_signature.additional_properties = d
        return quote_version_action_request_signature

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
