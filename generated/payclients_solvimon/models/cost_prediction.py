from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cost_prediction_response import CostPredictionResponse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_prediction_details import CostPredictionDetails
    from ..models.used_exchange_rate import UsedExchangeRate


T = TypeVar("T", bound="CostPrediction")


@_attrs_define
class CostPrediction:
    """
    Attributes:
        response (CostPredictionResponse | Unset):
        details (list[CostPredictionDetails] | None | Unset):
        used_change_rates (list[UsedExchangeRate] | None | Unset):
    """

    response: CostPredictionResponse | Unset = UNSET
    details: list[CostPredictionDetails] | None | Unset = UNSET
    used_change_rates: list[UsedExchangeRate] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: str | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.value

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        used_change_rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.used_change_rates, Unset):
            used_change_rates = UNSET
        elif isinstance(self.used_change_rates, list):
            used_change_rates = []
            for used_change_rates_type_0_item_data in self.used_change_rates:
                used_change_rates_type_0_item = used_change_rates_type_0_item_data.to_dict()
                used_change_rates.append(used_change_rates_type_0_item)

        else:
            used_change_rates = self.used_change_rates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if details is not UNSET:
            field_dict["details"] = details
        if used_change_rates is not UNSET:
            field_dict["used_change_rates"] = used_change_rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_prediction_details import CostPredictionDetails
        from ..models.used_exchange_rate import UsedExchangeRate

        d = dict(src_dict)
        _response = d.pop("response", UNSET)
        response: CostPredictionResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = CostPredictionResponse(_response)

        def _parse_details(data: object) -> list[CostPredictionDetails] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = data
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = CostPredictionDetails.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CostPredictionDetails] | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_used_change_rates(data: object) -> list[UsedExchangeRate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                used_change_rates_type_0 = []
                _used_change_rates_type_0 = data
                for used_change_rates_type_0_item_data in _used_change_rates_type_0:
                    used_change_rates_type_0_item = UsedExchangeRate.from_dict(used_change_rates_type_0_item_data)

                    used_change_rates_type_0.append(used_change_rates_type_0_item)

                return used_change_rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsedExchangeRate] | None | Unset, data)

        used_change_rates = _parse_used_change_rates(d.pop("used_change_rates", UNSET))

        cost_prediction = cls(
            response=response,
            details=details,
            used_change_rates=used_change_rates,
        )

        cost_prediction.additional_properties = d
        return cost_prediction

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
