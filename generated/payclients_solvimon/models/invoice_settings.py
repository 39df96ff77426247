from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_settings_invoice_date_determination_type import InvoiceSettingsInvoiceDateDeterminationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_action_settings import DocumentActionSettings
    from ..models.document_number_configuration import DocumentNumberConfiguration
    from ..models.invoice_extra_open_period import InvoiceExtraOpenPeriod
    from ..models.invoice_grace_period import InvoiceGracePeriod


T = TypeVar("T", bound="InvoiceSettings")


@_attrs_define
class InvoiceSettings:
    """
    Attributes:
        invoice_number_configuration (DocumentNumberConfiguration | Unset):
        credit_invoice_number_configuration (DocumentNumberConfiguration | Unset):
        self_billing_invoice_number_configuration (DocumentNumberConfiguration | Unset):
        self_billing_credit_invoice_number_configuration (DocumentNumberConfiguration | Unset):
        send_by_email (DocumentActionSettings | Unset):
        export_to_erp (DocumentActionSettings | Unset):
        invoice_date_determination_type (InvoiceSettingsInvoiceDateDeterminationType | None | Unset):
        invoice_grace_period (InvoiceGracePeriod | None | Unset):
        invoice_extra_open_period (InvoiceExtraOpenPeriod | None | Unset):
        footnote (None | str | Unset):
        add_zero_meter_value_invoice_lines (bool | None | Unset):
    """

    invoice_number_configuration: DocumentNumberConfiguration | Unset = UNSET
    credit_invoice_number_configuration: DocumentNumberConfiguration | Unset = UNSET
    self_billing_invoice_number_configuration: DocumentNumberConfiguration | Unset = UNSET
    self_billing_credit_invoice_number_configuration: DocumentNumberConfiguration | Unset = UNSET
    send_by_email: DocumentActionSettings | Unset = UNSET
    export_to_erp: DocumentActionSettings | Unset = UNSET
    invoice_date_determination_type: InvoiceSettingsInvoiceDateDeterminationType | None | Unset = UNSET
    invoice_grace_period: InvoiceGracePeriod | None | Unset = UNSET
    invoice_extra_open_period: InvoiceExtraOpenPeriod | None | Unset = UNSET
    footnote: None | str | Unset = UNSET
    add_zero_meter_value_invoice_lines: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_extra_open_period import InvoiceExtraOpenPeriod
        from ..models.invoice_grace_period import InvoiceGracePeriod

        invoice_number_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_number_configuration, Unset):
            invoice_number_configuration = self.invoice_number_configuration.to_dict()

        credit_invoice_number_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_invoice_number_configuration, Unset):
            credit_invoice_number_configuration = self.credit_invoice_number_configuration.to_dict()

        self_billing_invoice_number_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_billing_invoice_number_configuration, Unset):
            self_billing_invoice_number_configuration = self.self_billing_invoice_number_configuration.to_dict()

        self_billing_credit_invoice_number_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_billing_credit_invoice_number_configuration, Unset):
            self_billing_credit_invoice_number_configuration = (
                self.self_billing_credit_invoice_number_configuration.to_dict()
            )

        send_by_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_by_email, Unset):
            send_by_email = self.send_by_email.to_dict()

        export_to_erp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_to_erp, Unset):
            export_to_erp = self.export_to_erp.to_dict()

        invoice_date_determination_type: None | str | Unset
        if isinstance(self.invoice_date_determination_type, Unset):
            invoice_date_determination_type = UNSET
        elif isinstance(self.invoice_date_determination_type, InvoiceSettingsInvoiceDateDeterminationType):
            invoice_date_determination_type = self.invoice_date_determination_type.value
        else:
            invoice_date_determination_type = self.invoice_date_determination_type

        invoice_grace_period: dict[str, Any] | None | Unset
        if isinstance(self.invoice_grace_period, Unset):
            invoice_grace_period = UNSET
        elif isinstance(self.invoice_grace_period, InvoiceGracePeriod):
            invoice_grace_period = self.invoice_grace_period.to_dict()
        else:
            invoice_grace_period = self.invoice_grace_period

        invoice_extra_open_period: dict[str, Any] | None | Unset
        if isinstance(self.invoice_extra_open_period, Unset):
            invoice_extra_open_period = UNSET
        elif isinstance(self.invoice_extra_open_period, InvoiceExtraOpenPeriod):
            invoice_extra_open_period = self.invoice_extra_open_period.to_dict()
        else:
            invoice_extra_open_period = self.invoice_extra_open_period

        footnote: None | str | Unset
        if isinstance(self.footnote, Unset):
            footnote = UNSET
        else:
            footnote = self.footnote

        add_zero_meter_value_invoice_lines: bool | None | Unset
        if isinstance(self.add_zero_meter_value_invoice_lines, Unset):
            add_zero_meter_value_invoice_lines = UNSET
        else:
            add_zero_meter_value_invoice_lines = self.add_zero_meter_value_invoice_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_number_configuration is not UNSET:
            field_dict["invoice_number_configuration"] = invoice_number_configuration
        if credit_invoice_number_configuration is not UNSET:
            field_dict["credit_invoice_number_configuration"] = credit_invoice_number_configuration
        if self_billing_invoice_number_configuration is not UNSET:
            field_dict["self_billing_invoice_number_configuration"] = self_billing_invoice_number_configuration
        if self_billing_credit_invoice_number_configuration is not UNSET:
            field_dict["self_billing_credit_invoice_number_configuration"] = (
                self_billing_credit_invoice_number_configuration
            )
        if send_by_email is not UNSET:
            field_dict["send_by_email"] = send_by_email
        if export_to_erp is not UNSET:
            field_dict["export_to_erp"] = export_to_erp
        if invoice_date_determination_type is not UNSET:
            field_dict["invoice_date_determination_type"] = invoice_date_determination_type
        if invoice_grace_period is not UNSET:
            field_dict["invoice_grace_period"] = invoice_grace_period
        if invoice_extra_open_period is not UNSET:
            field_dict["invoice_extra_open_period"] = invoice_extra_open_period
        if footnote is not UNSET:
            field_dict["footnote"] = footnote
        if add_zero_meter_value_invoice_lines is not UNSET:
            field_dict["add_zero_meter_value_invoice_lines"] = add_zero_meter_value_invoice_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_action_settings import DocumentActionSettings
        from ..models.document_number_configuration import DocumentNumberConfiguration
        from ..models.invoice_extra_open_period import InvoiceExtraOpenPeriod
        from ..models.invoice_grace_period import InvoiceGracePeriod

        d = dict(src_dict)
        _invoice_number_configuration = d.pop("invoice_number_configuration", UNSET)
        invoice_number_configuration: DocumentNumberConfiguration | Unset
        if isinstance(_invoice_number_configuration, Unset):
            invoice_number_configuration = UNSET
        else:
            invoice_number_configuration = DocumentNumberConfiguration.from_dict(_invoice_number_configuration)

        _credit_invoice_number_configuration = d.pop("credit_invoice_number_configuration", UNSET)
        credit_invoice_number_configuration: DocumentNumberConfiguration | Unset
        if isinstance(_credit_invoice_number_configuration, Unset):
            credit_invoice_number_configuration = UNSET
        else:
            credit_invoice_number_configuration = DocumentNumberConfiguration.from_dict(
                _credit_invoice_number_configuration
            )

        _self_billing_invoice_number_configuration = d.pop("self_billing_invoice_number_configuration", UNSET)
        self_billing_invoice_number_configuration: DocumentNumberConfiguration | Unset
        if isinstance(_self_billing_invoice_number_configuration, Unset):
            self_billing_invoice_number_configuration = UNSET
        else:
            self_billing_invoice_number_configuration = DocumentNumberConfiguration.from_dict(
                _self_billing_invoice_number_configuration
            )

        _self_billing_credit_invoice_number_configuration = d.pop(
            "self_billing_credit_invoice_number_configuration", UNSET
        )
        self_billing_credit_invoice_number_configuration: DocumentNumberConfiguration | Unset
        if isinstance(_self_billing_credit_invoice_number_configuration, Unset):
            self_billing_credit_invoice_number_configuration = UNSET
        else:
            self_billing_credit_invoice_number_configuration = DocumentNumberConfiguration.from_dict(
                _self_billing_credit_invoice_number_configuration
            )

        _send_by_email = d.pop("send_by_email", UNSET)
        send_by_email: DocumentActionSettings | Unset
        if isinstance(_send_by_email, Unset):
            send_by_email = UNSET
        else:
            send_by_email = DocumentActionSettings.from_dict(_send_by_email)

        _export_to_erp = d.pop("export_to_erp", UNSET)
        export_to_erp: DocumentActionSettings | Unset
        if isinstance(_export_to_erp, Unset):
            export_to_erp = UNSET
        else:
            export_to_erp = DocumentActionSettings.from_dict(_export_to_erp)

        def _parse_invoice_date_determination_type(
            data: object,
        ) -> InvoiceSettingsInvoiceDateDeterminationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_date_determination_type_type_0 = InvoiceSettingsInvoiceDateDeterminationType(data)

                return invoice_date_determination_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSettingsInvoiceDateDeterminationType | None | Unset, data)

        invoice_date_determination_type = _parse_invoice_date_determination_type(
            d.pop("invoice_date_determination_type", UNSET)
        )

        def _parse_invoice_grace_period(data: object) -> InvoiceGracePeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_grace_period_type_0 = InvoiceGracePeriod.from_dict(data)

                return invoice_grace_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceGracePeriod | None | Unset, data)

        invoice_grace_period = _parse_invoice_grace_period(d.pop("invoice_grace_period", UNSET))

        def _parse_invoice_extra_open_period(data: object) -> InvoiceExtraOpenPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_extra_open_period_type_0 = InvoiceExtraOpenPeriod.from_dict(data)

                return invoice_extra_open_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceExtraOpenPeriod | None | Unset, data)

        invoice_extra_open_period = _parse_invoice_extra_open_period(d.pop("invoice_extra_open_period", UNSET))

        def _parse_footnote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footnote = _parse_footnote(d.pop("footnote", UNSET))

        def _parse_add_zero_meter_value_invoice_lines(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        add_zero_meter_value_invoice_lines = _parse_add_zero_meter_value_invoice_lines(
            d.pop("add_zero_meter_value_invoice_lines", UNSET)
        )

        invoice_settings = cls(
            invoice_number_configuration=invoice_number_configuration,
            credit_invoice_number_configuration=credit_invoice_number_configuration,
            self_billing_invoice_number_configuration=self_billing_invoice_number_configuration,
            self_billing_credit_invoice_number_configuration=self_billing_credit_invoice_number_configuration,
            send_by_email=send_by_email,
            export_to_erp=export_to_erp,
            invoice_date_determination_type=invoice_date_determination_type,
            invoice_grace_period=invoice_grace_period,
            invoice_extra_open_period=invoice_extra_open_period,
            footnote=footnote,
            add_zero_meter_value_invoice_lines=add_zero_meter_value_invoice_lines,
        )

        invoice_settings.additional_properties = d
        return invoice_settings

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
