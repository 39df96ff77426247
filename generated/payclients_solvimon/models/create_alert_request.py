from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_type import AlertType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_data import AlertData
    from ..models.embedded_customer_request import EmbeddedCustomerRequest
    from ..models.event_alert_rule_request import EventAlertRuleRequest


T = TypeVar("T", bound="CreateAlertRequest")


@_attrs_define
class CreateAlertRequest:
    """
    Attributes:
        platform_id (str):
        alert_rule_id (str):
        customer_id (str):
        type_ (AlertType):
        alert_data (AlertData):
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        alert_rule (EventAlertRuleRequest | None | Unset):
        customer (EmbeddedCustomerRequest | None | Unset):
        data_trigger_reference (None | str | Unset):
    """

    platform_id: str
    alert_rule_id: str
    customer_id: str
    type_: AlertType
    alert_data: AlertData
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    alert_rule: EventAlertRuleRequest | None | Unset = UNSET
    customer: EmbeddedCustomerRequest | None | Unset = UNSET
    data_trigger_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.embedded_customer_request import EmbeddedCustomerRequest
        from ..models.event_alert_rule_request import EventAlertRuleRequest

        platform_id = self.platform_id

        alert_rule_id = self.alert_rule_id

        customer_id = self.customer_id

        type_ = self.type_.value

        alert_data = self.alert_data.to_dict()

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        alert_rule: dict[str, Any] | None | Unset
        if isinstance(self.alert_rule, Unset):
            alert_rule = UNSET
        elif isinstance(self.alert_rule, EventAlertRuleRequest):
            alert_rule = self.alert_rule.to_dict()
        else:
            alert_rule = self.alert_rule

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, EmbeddedCustomerRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        data_trigger_reference: None | str | Unset
        if isinstance(self.data_trigger_reference, Unset):
            data_trigger_reference = UNSET
        else:
            data_trigger_reference = self.data_trigger_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_id": platform_id,
                "alert_rule_id": alert_rule_id,
                "customer_id": customer_id,
                "type": type_,
                "alert_data": alert_data,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if alert_rule is not UNSET:
            field_dict["alert_rule"] = alert_rule
        if customer is not UNSET:
            field_dict["customer"] = customer
        if data_trigger_reference is not UNSET:
            field_dict["data_trigger_reference"] = data_trigger_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_data import AlertData
        from ..models.embedded_customer_request import EmbeddedCustomerRequest
        from ..models.event_alert_rule_request import EventAlertRuleRequest

        d = dict(src_dict)
        platform_id = d.pop("platform_id")

        alert_rule_id = d.pop("alert_rule_id")

        customer_id = d.pop("customer_id")

        type_ = AlertType(d.pop("type"))

        alert_data = AlertData.from_dict(d.pop("alert_data"))

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

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_alert_rule(data: object) -> EventAlertRuleRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alert_rule_type_0 = EventAlertRuleRequest.from_dict(data)

                return alert_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventAlertRuleRequest | None | Unset, data)

        alert_rule = _parse_alert_rule(d.pop("alert_rule", UNSET))

        def _parse_customer(data: object) -> EmbeddedCustomerRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = EmbeddedCustomerRequest.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddedCustomerRequest | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_data_trigger_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_trigger_reference = _parse_data_trigger_reference(d.pop("data_trigger_reference", UNSET))

        create_alert_request = cls(
            platform_id=platform_id,
            alert_rule_id=alert_rule_id,
            customer_id=customer_id,
            type_=type_,
            alert_data=alert_data,
            object_type=object_type,
            id=id,
            created_at=created_at,
            alert_rule=alert_rule,
            customer=customer,
            data_trigger_reference=data_trigger_reference,
        )

        create_alert_request.additional_properties = d
        return create_alert_request

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
