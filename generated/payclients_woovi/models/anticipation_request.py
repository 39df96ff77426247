from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anticipation_status import AnticipationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnticipationRequest")


@_attrs_define
class AnticipationRequest:
    """
    Attributes:
        id (str | Unset):
        status (AnticipationStatus | Unset):
        beneficiary_tax_id (None | str | Unset):
        requested_amount (int | Unset):
        fee_amount (int | Unset):
        net_amount (int | Unset):
        fee_mode (str | Unset):
        monthly_fee_percentage (float | Unset):
        days_until_due (int | Unset):
        due_date (datetime.datetime | None | Unset):
        approved_at (datetime.datetime | None | Unset):
        cancelled_at (datetime.datetime | None | Unset):
        cancel_reason (None | str | Unset):
        end_to_end_id (None | str | Unset):
        failure_code (None | str | Unset):
        failure_reason (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    status: AnticipationStatus | Unset = UNSET
    beneficiary_tax_id: None | str | Unset = UNSET
    requested_amount: int | Unset = UNSET
    fee_amount: int | Unset = UNSET
    net_amount: int | Unset = UNSET
    fee_mode: str | Unset = UNSET
    monthly_fee_percentage: float | Unset = UNSET
    days_until_due: int | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    cancel_reason: None | str | Unset = UNSET
    end_to_end_id: None | str | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        beneficiary_tax_id: None | str | Unset
        if isinstance(self.beneficiary_tax_id, Unset):
            beneficiary_tax_id = UNSET
        else:
            beneficiary_tax_id = self.beneficiary_tax_id

        requested_amount = self.requested_amount

        fee_amount = self.fee_amount

        net_amount = self.net_amount

        fee_mode = self.fee_mode

        monthly_fee_percentage = self.monthly_fee_percentage

        days_until_due = self.days_until_due

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        end_to_end_id: None | str | Unset
        if isinstance(self.end_to_end_id, Unset):
            end_to_end_id = UNSET
        else:
            end_to_end_id = self.end_to_end_id

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if beneficiary_tax_id is not UNSET:
            field_dict["beneficiaryTaxID"] = beneficiary_tax_id
        if requested_amount is not UNSET:
            field_dict["requestedAmount"] = requested_amount
        if fee_amount is not UNSET:
            field_dict["feeAmount"] = fee_amount
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount
        if fee_mode is not UNSET:
            field_dict["feeMode"] = fee_mode
        if monthly_fee_percentage is not UNSET:
            field_dict["monthlyFeePercentage"] = monthly_fee_percentage
        if days_until_due is not UNSET:
            field_dict["daysUntilDue"] = days_until_due
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if approved_at is not UNSET:
            field_dict["approvedAt"] = approved_at
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if failure_code is not UNSET:
            field_dict["failureCode"] = failure_code
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: AnticipationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AnticipationStatus(_status)

        def _parse_beneficiary_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_tax_id = _parse_beneficiary_tax_id(d.pop("beneficiaryTaxID", UNSET))

        requested_amount = d.pop("requestedAmount", UNSET)

        fee_amount = d.pop("feeAmount", UNSET)

        net_amount = d.pop("netAmount", UNSET)

        fee_mode = d.pop("feeMode", UNSET)

        monthly_fee_percentage = d.pop("monthlyFeePercentage", UNSET)

        days_until_due = d.pop("daysUntilDue", UNSET)

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        def _parse_approved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approved_at = _parse_approved_at(d.pop("approvedAt", UNSET))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelledAt", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancelReason", UNSET))

        def _parse_end_to_end_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_to_end_id = _parse_end_to_end_id(d.pop("endToEndId", UNSET))

        def _parse_failure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_code = _parse_failure_code(d.pop("failureCode", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failureReason", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        anticipation_request = cls(
            id=id,
            status=status,
            beneficiary_tax_id=beneficiary_tax_id,
            requested_amount=requested_amount,
            fee_amount=fee_amount,
            net_amount=net_amount,
            fee_mode=fee_mode,
            monthly_fee_percentage=monthly_fee_percentage,
            days_until_due=days_until_due,
            due_date=due_date,
            approved_at=approved_at,
            cancelled_at=cancelled_at,
            cancel_reason=cancel_reason,
            end_to_end_id=end_to_end_id,
            failure_code=failure_code,
            failure_reason=failure_reason,
            created_at=created_at,
        )

        anticipation_request.additional_properties = d
        return anticipation_request

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
