from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.woovi_error_data_type_0 import WooviErrorDataType0
    from ..models.woovi_error_detail import WooviErrorDetail
    from ..models.woovi_error_fields import WooviErrorFields
    from ..models.woovi_error_issue import WooviErrorIssue
    from ..models.woovi_graph_ql_error import WooviGraphQLError


T = TypeVar("T", bound="WooviError")


@_attrs_define
class WooviError:
    """Any error body Woovi sends. Every field is optional; read `error`, then `errors[].message`.

    Attributes:
        error (list[str | WooviErrorIssue] | str | Unset | WooviErrorFields): Message, list of messages or validation
            issues, or a map of field errors.
        error_code (str | Unset): Machine-readable code, e.g. TOO_MANY_REQUESTS.
        errors (list[WooviGraphQLError] | Unset): GraphQL-style errors (sent for an invalid AppID).
        data (None | Unset | WooviErrorDataType0): Always null in GraphQL-style errors.
        success (bool | Unset):
        status (str | Unset):
        details (list[WooviErrorDetail] | Unset):
    """

    error: list[str | WooviErrorIssue] | str | Unset | WooviErrorFields = UNSET
    error_code: str | Unset = UNSET
    errors: list[WooviGraphQLError] | Unset = UNSET
    data: None | Unset | WooviErrorDataType0 = UNSET
    success: bool | Unset = UNSET
    status: str | Unset = UNSET
    details: list[WooviErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.woovi_error_data_type_0 import WooviErrorDataType0
        from ..models.woovi_error_fields import WooviErrorFields
        from ..models.woovi_error_issue import WooviErrorIssue

        error: dict[str, Any] | list[dict[str, Any] | str] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, list):
            error = []
            for error_type_1_item_data in self.error:
                error_type_1_item: dict[str, Any] | str
                if isinstance(error_type_1_item_data, WooviErrorIssue):
                    error_type_1_item = error_type_1_item_data.to_dict()
                else:
                    error_type_1_item = error_type_1_item_data
                error.append(error_type_1_item)

        elif isinstance(self.error, WooviErrorFields):
            error = self.error.to_dict()
        else:
            error = self.error

        error_code = self.error_code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, WooviErrorDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        success = self.success

        status = self.status

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if data is not UNSET:
            field_dict["data"] = data
        if success is not UNSET:
            field_dict["success"] = success
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.woovi_error_data_type_0 import WooviErrorDataType0
        from ..models.woovi_error_detail import WooviErrorDetail
        from ..models.woovi_error_fields import WooviErrorFields
        from ..models.woovi_error_issue import WooviErrorIssue
        from ..models.woovi_graph_ql_error import WooviGraphQLError

        d = dict(src_dict)

        def _parse_error(data: object) -> list[str | WooviErrorIssue] | str | Unset | WooviErrorFields:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_type_1 = []
                _error_type_1 = data
                for error_type_1_item_data in _error_type_1:

                    def _parse_error_type_1_item(data: object) -> str | WooviErrorIssue:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            error_type_1_item_type_1 = WooviErrorIssue.from_dict(data)

                            return error_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | WooviErrorIssue, data)

                    error_type_1_item = _parse_error_type_1_item(error_type_1_item_data)

                    error_type_1.append(error_type_1_item)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_2 = WooviErrorFields.from_dict(data)

                return error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str | WooviErrorIssue] | str | Unset | WooviErrorFields, data)

        error = _parse_error(d.pop("error", UNSET))

        error_code = d.pop("errorCode", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[WooviGraphQLError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = WooviGraphQLError.from_dict(errors_item_data)

                errors.append(errors_item)

        def _parse_data(data: object) -> None | Unset | WooviErrorDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = WooviErrorDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WooviErrorDataType0, data)

        data = _parse_data(d.pop("data", UNSET))

        success = d.pop("success", UNSET)

        status = d.pop("status", UNSET)

        _details = d.pop("details", UNSET)
        details: list[WooviErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = WooviErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        woovi_error = cls(
            error=error,
            error_code=error_code,
            errors=errors,
            data=data,
            success=success,
            status=status,
            details=details,
        )

        woovi_error.additional_properties = d
        return woovi_error

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
