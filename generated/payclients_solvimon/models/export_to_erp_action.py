from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_to_erp_action_executor import ExportToErpActionExecutor
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportToErpAction")


@_attrs_define
class ExportToErpAction:
    """
    Attributes:
        executor (ExportToErpActionExecutor | None | Unset):
        integration_id (None | str | Unset):
    """

    executor: ExportToErpActionExecutor | None | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        executor: None | str | Unset
        if isinstance(self.executor, Unset):
            executor = UNSET
        elif isinstance(self.executor, ExportToErpActionExecutor):
            executor = self.executor.value
        else:
            executor = self.executor

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if executor is not UNSET:
            field_dict["executor"] = executor
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_executor(data: object) -> ExportToErpActionExecutor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executor_type_0 = ExportToErpActionExecutor(data)

                return executor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportToErpActionExecutor | None | Unset, data)

        executor = _parse_executor(d.pop("executor", UNSET))

        def _parse_integration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_id = _parse_integration_id(d.pop("integration_id", UNSET))

        export_to_erp_action = cls(
            executor=executor,
            integration_id=integration_id,
        )

        export_to_erp_action.additional_properties = d
        return export_to_erp_action

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
