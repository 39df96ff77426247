from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_integration_status import InvoiceIntegrationStatus
from ..models.invoice_integration_type import InvoiceIntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_integration_metadata import InvoiceIntegrationMetadata


T = TypeVar("T", bound="InvoiceIntegration")


@_attrs_define
class InvoiceIntegration:
    """
    Attributes:
        id (str | Unset):
        type_ (InvoiceIntegrationType | Unset):
        status (InvoiceIntegrationStatus | None | Unset):
        is_active (bool | Unset):
        company_bank_account (str | Unset):
        metadata (InvoiceIntegrationMetadata | Unset):
    """

    id: str | Unset = UNSET
    type_: InvoiceIntegrationType | Unset = UNSET
    status: InvoiceIntegrationStatus | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    company_bank_account: str | Unset = UNSET
    metadata: InvoiceIntegrationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceIntegrationStatus):
            status = self.status.value
        else:
            status = self.status

        is_active = self.is_active

        company_bank_account = self.company_bank_account

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if company_bank_account is not UNSET:
            field_dict["companyBankAccount"] = company_bank_account
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_integration_metadata import InvoiceIntegrationMetadata

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceIntegrationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceIntegrationType(_type_)

        def _parse_status(data: object) -> InvoiceIntegrationStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InvoiceIntegrationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceIntegrationStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        is_active = d.pop("isActive", UNSET)

        company_bank_account = d.pop("companyBankAccount", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: InvoiceIntegrationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvoiceIntegrationMetadata.from_dict(_metadata)

        invoice_integration = cls(
            id=id,
            type_=type_,
            status=status,
            is_active=is_active,
            company_bank_account=company_bank_account,
            metadata=metadata,
        )

        invoice_integration.additional_properties = d
        return invoice_integration

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
