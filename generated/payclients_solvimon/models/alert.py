from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_type import AlertType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_data import AlertData
    from ..models.alert_rule import AlertRule
    from ..models.customer import Customer


T = TypeVar("T", bound="Alert")


@_attrs_define
class Alert:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        platform_id (str | Unset):
        created_at (None | str | Unset):
        alert_rule_id (str | Unset):
        alert_rule (AlertRule | None | Unset):
        customer_id (str | Unset):
        customer (Customer | None | Unset):
        type_ (AlertType | Unset):
        data_trigger_reference (None | str | Unset):
        alert_data (AlertData | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    platform_id: str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    alert_rule_id: str | Unset = UNSET
    alert_rule: AlertRule | None | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    type_: AlertType | Unset = UNSET
    data_trigger_reference: None | str | Unset = UNSET
    alert_data: AlertData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.alert_rule import AlertRule
        from ..models.customer import Customer

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        platform_id = self.platform_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        alert_rule_id = self.alert_rule_id

        alert_rule: dict[str, Any] | None | Unset
        if isinstance(self.alert_rule, Unset):
            alert_rule = UNSET
        elif isinstance(self.alert_rule, AlertRule):
            alert_rule = self.alert_rule.to_dict()
        else:
            alert_rule = self.alert_rule

        customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data_trigger_reference: None | str | Unset
        if isinstance(self.data_trigger_reference, Unset):
            data_trigger_reference = UNSET
        else:
            data_trigger_reference = self.data_trigger_reference

        alert_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_data, Unset):
            alert_data = self.alert_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if platform_id is not UNSET:
            field_dict["platform_id"] = platform_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if alert_rule_id is not UNSET:
            field_dict["alert_rule_id"] = alert_rule_id
        if alert_rule is not UNSET:
            field_dict["alert_rule"] = alert_rule
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_trigger_reference is not UNSET:
            field_dict["data_trigger_reference"] = data_trigger_reference
        if alert_data is not UNSET:
            field_dict["alert_data"] = alert_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_data import AlertData
        from ..models.alert_rule import AlertRule
        from ..models.customer import Customer

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        platform_id = d.pop("platform_id", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        alert_rule_id = d.pop("alert_rule_id", UNSET)

        def _parse_alert_rule(data: object) -> AlertRule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alert_rule_type_0 = AlertRule.from_dict(data)

                return alert_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertRule | None | Unset, data)

        alert_rule = _parse_alert_rule(d.pop("alert_rule", UNSET))

        customer_id = d.pop("customer_id", UNSET)

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: AlertType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AlertType(_type_)

        def _parse_data_trigger_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_trigger_reference = _parse_data_trigger_reference(d.pop("data_trigger_reference", UNSET))

        _alert_data = d.pop("alert_data", UNSET)
        alert_data: AlertData | Unset
        if isinstance(_alert_data, Unset):
            alert_data = UNSET
        else:
            alert_data = AlertData.from_dict(_alert_data)

        alert = cls(
            object_type=object_type,
            id=id,
            platform_id=platform_id,
            created_at=created_at,
            alert_rule_id=alert_rule_id,
            alert_rule=alert_rule,
            customer_id=customer_id,
            customer=customer,
            type_=type_,
            data_trigger_reference=data_trigger_reference,
            alert_data=alert_data,
        )

        alert.additional_properties = d
        return alert

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
