from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_input import ApplicationInput
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="PartnerApplicationCreateRequest")


@_attrs_define
class PartnerApplicationCreateRequest:
    """
    Attributes:
        application (ApplicationInput | Unset):
        tax_id (TaxId | Unset): A Brazilian tax id as returned by the API.
    """

    application: ApplicationInput | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application is not UNSET:
            field_dict["application"] = application
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_input import ApplicationInput
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        _application = d.pop("application", UNSET)
        application: ApplicationInput | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = ApplicationInput.from_dict(_application)

        _tax_id = d.pop("taxID", UNSET)
        tax_id: TaxId | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        partner_application_create_request = cls(
            application=application,
            tax_id=tax_id,
        )

        partner_application_create_request.additional_properties = d
        return partner_application_create_request

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
