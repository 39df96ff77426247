from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_request_action_result_status import ApprovalRequestActionResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.approval_request import ApprovalRequest


T = TypeVar("T", bound="ApprovalRequestActionResult")


@_attrs_define
class ApprovalRequestActionResult:
    """
    Attributes:
        approval_request (ApprovalRequest):
        error (ApiError): Body of every error response.
        resource_id (None | str | Unset):
        status (ApprovalRequestActionResultStatus | None | Unset):
    """

    approval_request: ApprovalRequest
    error: ApiError
    resource_id: None | str | Unset = UNSET
    status: ApprovalRequestActionResultStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_request = self.approval_request.to_dict()

        error = self.error.to_dict()

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ApprovalRequestActionResultStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_request": approval_request,
                "error": error,
            }
        )
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_error import ApiError
        from ..models.approval_request import ApprovalRequest

        d = dict(src_dict)
        approval_request = ApprovalRequest.from_dict(d.pop("approval_request"))

        error = ApiError.from_dict(d.pop("error"))

        def _parse_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_status(data: object) -> ApprovalRequestActionResultStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ApprovalRequestActionResultStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalRequestActionResultStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        approval_request_action_result = cls(
            approval_request=approval_request,
            error=error,
            resource_id=resource_id,
            status=status,
        )

        approval_request_action_result.additional_properties = d
        return approval_request_action_result

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
