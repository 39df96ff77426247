from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature import Feature
    from ..models.threshold import Threshold


T = TypeVar("T", bound="AlertRuleEntitlement")


@_attrs_define
class AlertRuleEntitlement:
    """
    Attributes:
        feature_id (str | Unset):
        feature (Feature | None | Unset):
        comparator (Comparator | Unset): Comparison operator in a condition.
        threshold (Threshold | Unset):
    """

    feature_id: str | Unset = UNSET
    feature: Feature | None | Unset = UNSET
    comparator: Comparator | Unset = UNSET
    threshold: Threshold | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.feature import Feature

        feature_id = self.feature_id

        feature: dict[str, Any] | None | Unset
        if isinstance(self.feature, Unset):
            feature = UNSET
        elif isinstance(self.feature, Feature):
            feature = self.feature.to_dict()
        else:
            feature = self.feature

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if feature is not UNSET:
            field_dict["feature"] = feature
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature import Feature
        from ..models.threshold import Threshold

        d = dict(src_dict)
        feature_id = d.pop("feature_id", UNSET)

        def _parse_feature(data: object) -> Feature | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feature_type_0 = Feature.from_dict(data)

                return feature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Feature | None | Unset, data)

        feature = _parse_feature(d.pop("feature", UNSET))

        _comparator = d.pop("comparator", UNSET)
        comparator: Comparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = Comparator(_comparator)

        _threshold = d.pop("threshold", UNSET)
        threshold: Threshold | Unset
        if isinstance(_threshold, Unset):
            threshold = UNSET
        else:
            threshold = Threshold.from_dict(_threshold)

        alert_rule_entitlement = cls(
            feature_id=feature_id,
            feature=feature,
            comparator=comparator,
            threshold=threshold,
        )

        alert_rule_entitlement.additional_properties = d
        return alert_rule_entitlement

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
