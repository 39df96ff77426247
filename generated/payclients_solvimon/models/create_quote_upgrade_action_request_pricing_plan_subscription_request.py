from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.period import Period


T = TypeVar("T", bound="CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest")


@_attrs_define
class CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest:
    """
    Attributes:
        id (None | str | Unset):
        reference (str | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
        initial_term (Period | Unset): A length of time, such as 1 MONTH.
        renewal_term (Period | Unset): A length of time, such as 1 MONTH.
        auto_renewal (bool | None | Unset):
    """

    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    initial_term: Period | Unset = UNSET
    renewal_term: Period | Unset = UNSET
    auto_renewal: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference = self.reference

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        initial_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_term, Unset):
            initial_term = self.initial_term.to_dict()

        renewal_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_term, Unset):
            renewal_term = self.renewal_term.to_dict()

        auto_renewal: bool | None | Unset
        if isinstance(self.auto_renewal, Unset):
            auto_renewal = UNSET
        else:
            auto_renewal = self.auto_renewal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if initial_term is not UNSET:
            field_dict["initial_term"] = initial_term
        if renewal_term is not UNSET:
            field_dict["renewal_term"] = renewal_term
        if auto_renewal is not UNSET:
            field_dict["auto_renewal"] = auto_renewal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value import CustomFieldValue
        from ..models.period import Period

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_custom_fields(data: object) -> list[CustomFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldValue.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldValue] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        _initial_term = d.pop("initial_term", UNSET)
        initial_term: Period | Unset
        if isinstance(_initial_term, Unset):
            initial_term = UNSET
        else:
            initial_term = Period.from_dict(_initial_term)

        _renewal_term = d.pop("renewal_term", UNSET)
        renewal_term: Period | Unset
        if isinstance(_renewal_term, Unset):
            renewal_term = UNSET
        else:
            renewal_term = Period.from_dict(_renewal_term)

        def _parse_auto_renewal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renewal = _parse_auto_renewal(d.pop("auto_renewal", UNSET))

        create_quote_upgrade_action_request_pricing_plan_subscription_request = cls(
            id=id,
            reference=reference,
            custom_fields=custom_fields,
            initial_term=initial_term,
            renewal_term=renewal_term,
            auto_renewal=auto_renewal,
        )

        create_quote_upgrade_action_request_pricing_plan_subscription_request.additional_properties = d
        return create_quote_upgrade_action_request_pricing_plan_subscription_request

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
