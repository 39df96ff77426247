from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_check_type import BulkActionCheckType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finalize_invoices_parameters import FinalizeInvoicesParameters
    from ..models.request_usage_reports_parameters import RequestUsageReportsParameters


T = TypeVar("T", bound="CreateBulkActionRequest")


@_attrs_define
class CreateBulkActionRequest:
    """
    Attributes:
        type_ (BulkActionCheckType):
        finalize_invoices (FinalizeInvoicesParameters | Unset):
        request_usage_reports (RequestUsageReportsParameters | Unset):
    """

    type_: BulkActionCheckType
    finalize_invoices: FinalizeInvoicesParameters | Unset = UNSET
    request_usage_reports: RequestUsageReportsParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        finalize_invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finalize_invoices, Unset):
            finalize_invoices = self.finalize_invoices.to_dict()

        request_usage_reports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_usage_reports, Unset):
            request_usage_reports = self.request_usage_reports.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if finalize_invoices is not UNSET:
            field_dict["finalize_invoices"] = finalize_invoices
        if request_usage_reports is not UNSET:
            field_dict["request_usage_reports"] = request_usage_reports

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.finalize_invoices_parameters import FinalizeInvoicesParameters
        from ..models.request_usage_reports_parameters import RequestUsageReportsParameters

        d = dict(src_dict)
        type_ = BulkActionCheckType(d.pop("type"))

        _finalize_invoices = d.pop("finalize_invoices", UNSET)
        finalize_invoices: FinalizeInvoicesParameters | Unset
        if isinstance(_finalize_invoices, Unset):
            finalize_invoices = UNSET
        else:
            finalize_invoices = FinalizeInvoicesParameters.from_dict(_finalize_invoices)

        _request_usage_reports = d.pop("request_usage_reports", UNSET)
        request_usage_reports: RequestUsageReportsParameters | Unset
        if isinstance(_request_usage_reports, Unset):
            request_usage_reports = UNSET
        else:
            request_usage_reports = RequestUsageReportsParameters.from_dict(_request_usage_reports)

        create_bulk_action_request = cls(
            type_=type_,
            finalize_invoices=finalize_invoices,
            request_usage_reports=request_usage_reports,
        )

        create_bulk_action_request.additional_properties = d
        return create_bulk_action_request

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
