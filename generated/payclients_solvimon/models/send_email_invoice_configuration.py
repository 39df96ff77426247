from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_workflow_variant import InvoiceWorkflowVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailInvoiceConfiguration")


@_attrs_define
class SendEmailInvoiceConfiguration:
    """
    Attributes:
        type_ (InvoiceWorkflowVariant | Unset):
        include_pdf (bool | Unset):
        include_payment_link (bool | Unset):
        include_customer_contacts_as_cc (bool | Unset):
    """

    type_: InvoiceWorkflowVariant | Unset = UNSET
    include_pdf: bool | Unset = UNSET
    include_payment_link: bool | Unset = UNSET
    include_customer_contacts_as_cc: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        include_pdf = self.include_pdf

        include_payment_link = self.include_payment_link

        include_customer_contacts_as_cc = self.include_customer_contacts_as_cc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if include_pdf is not UNSET:
            field_dict["include_pdf"] = include_pdf
        if include_payment_link is not UNSET:
            field_dict["include_payment_link"] = include_payment_link
        if include_customer_contacts_as_cc is not UNSET:
            field_dict["include_customer_contacts_as_cc"] = include_customer_contacts_as_cc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: InvoiceWorkflowVariant | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceWorkflowVariant(_type_)

        include_pdf = d.pop("include_pdf", UNSET)

        include_payment_link = d.pop("include_payment_link", UNSET)

        include_customer_contacts_as_cc = d.pop("include_customer_contacts_as_cc", UNSET)

        send_email_invoice_configuration = cls(
            type_=type_,
            include_pdf=include_pdf,
            include_payment_link=include_payment_link,
            include_customer_contacts_as_cc=include_customer_contacts_as_cc,
        )

        send_email_invoice_configuration.additional_properties = d
        return send_email_invoice_configuration

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
