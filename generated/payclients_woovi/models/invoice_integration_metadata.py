from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nfeio_settings import NfeioSettings


T = TypeVar("T", bound="InvoiceIntegrationMetadata")


@_attrs_define
class InvoiceIntegrationMetadata:
    """
    Attributes:
        nfeio (NfeioSettings | Unset):
    """

    nfeio: NfeioSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfeio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfeio, Unset):
            nfeio = self.nfeio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nfeio is not UNSET:
            field_dict["nfeio"] = nfeio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nfeio_settings import NfeioSettings

        d = dict(src_dict)
        _nfeio = d.pop("nfeio", UNSET)
        nfeio: NfeioSettings | Unset
        if isinstance(_nfeio, Unset):
            nfeio = UNSET
        else:
            nfeio = NfeioSettings.from_dict(_nfeio)

        invoice_integration_metadata = cls(
            nfeio=nfeio,
        )

        invoice_integration_metadata.additional_properties = d
        return invoice_integration_metadata

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
