from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anticipation_balance_result import AnticipationBalanceResult


T = TypeVar("T", bound="AnticipationBalanceBatchResult")


@_attrs_define
class AnticipationBalanceBatchResult:
    """
    Attributes:
        processed (int | Unset):
        succeeded (int | Unset):
        failed (int | Unset):
        results (list[AnticipationBalanceResult] | Unset):
    """

    processed: int | Unset = UNSET
    succeeded: int | Unset = UNSET
    failed: int | Unset = UNSET
    results: list[AnticipationBalanceResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        succeeded = self.succeeded

        failed = self.failed

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processed is not UNSET:
            field_dict["processed"] = processed
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if failed is not UNSET:
            field_dict["failed"] = failed
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anticipation_balance_result import AnticipationBalanceResult

        d = dict(src_dict)
        processed = d.pop("processed", UNSET)

        succeeded = d.pop("succeeded", UNSET)

        failed = d.pop("failed", UNSET)

        _results = d.pop("results", UNSET)
        results: list[AnticipationBalanceResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = AnticipationBalanceResult.from_dict(results_item_data)

                results.append(results_item)

        anticipation_balance_batch_result = cls(
            processed=processed,
            succeeded=succeeded,
            failed=failed,
            results=results,
        )

        anticipation_balance_batch_result.additional_properties = d
        return anticipation_balance_batch_result

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
