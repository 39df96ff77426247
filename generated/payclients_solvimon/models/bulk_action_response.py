from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finalize_invoices_parameters import FinalizeInvoicesParameters
    from ..models.request_usage_reports_parameters import RequestUsageReportsParameters


T = TypeVar("T", bound="BulkActionResponse")


@_attrs_define
class BulkActionResponse:
    """
    Attributes:
        id (str | Unset):
        type_ (str | Unset):
        created_at (str | Unset):
        executed_at (str | Unset):
        updated_at (None | str | Unset):
        status (str | Unset):
        number_of_resources (int | None | Unset):
        percentage (int | None | Unset):
        finalize_invoices (FinalizeInvoicesParameters | Unset):
        request_usage_reports (RequestUsageReportsParameters | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: str | Unset = UNSET
    executed_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    status: str | Unset = UNSET
    number_of_resources: int | None | Unset = UNSET
    percentage: int | None | Unset = UNSET
    finalize_invoices: FinalizeInvoicesParameters | Unset = UNSET
    request_usage_reports: RequestUsageReportsParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        created_at = self.created_at

        executed_at = self.executed_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        status = self.status

        number_of_resources: int | None | Unset
        if isinstance(self.number_of_resources, Unset):
            number_of_resources = UNSET
        else:
            number_of_resources = self.number_of_resources

        percentage: int | None | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        finalize_invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finalize_invoices, Unset):
            finalize_invoices = self.finalize_invoices.to_dict()

        request_usage_reports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_usage_reports, Unset):
            request_usage_reports = self.request_usage_reports.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if number_of_resources is not UNSET:
            field_dict["number_of_resources"] = number_of_resources
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
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
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        created_at = d.pop("created_at", UNSET)

        executed_at = d.pop("executed_at", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        status = d.pop("status", UNSET)

        def _parse_number_of_resources(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_resources = _parse_number_of_resources(d.pop("number_of_resources", UNSET))

        def _parse_percentage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

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

        bulk_action_response = cls(
            id=id,
            type_=type_,
            created_at=created_at,
            executed_at=executed_at,
            updated_at=updated_at,
            status=status,
            number_of_resources=number_of_resources,
            percentage=percentage,
            finalize_invoices=finalize_invoices,
            request_usage_reports=request_usage_reports,
        )

        bulk_action_response.additional_properties = d
        return bulk_action_response

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
