from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_rule_trigger_type import AlertRuleTriggerType
from ..models.alert_type import AlertType
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_rule_entitlement import AlertRuleEntitlement
    from ..models.alert_rule_invoice import AlertRuleInvoice
    from ..models.customer import Customer


T = TypeVar("T", bound="EventAlertRuleRequest")


@_attrs_define
class EventAlertRuleRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        status (None | ResourceStatus | Unset):
        customer_ids (list[str] | None | Unset):
        customers (list[Customer] | None | Unset):
        type_ (AlertType | None | Unset):
        trigger_type (AlertRuleTriggerType | None | Unset):
        entitlement (AlertRuleEntitlement | Unset):
        invoice (AlertRuleInvoice | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    customer_ids: list[str] | None | Unset = UNSET
    customers: list[Customer] | None | Unset = UNSET
    type_: AlertType | None | Unset = UNSET
    trigger_type: AlertRuleTriggerType | None | Unset = UNSET
    entitlement: AlertRuleEntitlement | Unset = UNSET
    invoice: AlertRuleInvoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        reference = self.reference

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        customer_ids: list[str] | None | Unset
        if isinstance(self.customer_ids, Unset):
            customer_ids = UNSET
        elif isinstance(self.customer_ids, list):
            customer_ids = self.customer_ids

        else:
            customer_ids = self.customer_ids

        customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.customers, Unset):
            customers = UNSET
        elif isinstance(self.customers, list):
            customers = []
            for customers_type_0_item_data in self.customers:
                customers_type_0_item = customers_type_0_item_data.to_dict()
                customers.append(customers_type_0_item)

        else:
            customers = self.customers

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AlertType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        elif isinstance(self.trigger_type, AlertRuleTriggerType):
            trigger_type = self.trigger_type.value
        else:
            trigger_type = self.trigger_type

        entitlement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement, Unset):
            entitlement = self.entitlement.to_dict()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if customer_ids is not UNSET:
            field_dict["customer_ids"] = customer_ids
        if customers is not UNSET:
            field_dict["customers"] = customers
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if entitlement is not UNSET:
            field_dict["entitlement"] = entitlement
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_rule_entitlement import AlertRuleEntitlement
        from ..models.alert_rule_invoice import AlertRuleInvoice
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

        reference = d.pop("reference", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_customer_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_ids_type_0 = cast(list[str], data)

                return customer_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_ids = _parse_customer_ids(d.pop("customer_ids", UNSET))

        def _parse_customers(data: object) -> list[Customer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customers_type_0 = []
                _customers_type_0 = data
                for customers_type_0_item_data in _customers_type_0:
                    customers_type_0_item = Customer.from_dict(customers_type_0_item_data)

                    customers_type_0.append(customers_type_0_item)

                return customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Customer] | None | Unset, data)

        customers = _parse_customers(d.pop("customers", UNSET))

        def _parse_type_(data: object) -> AlertType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AlertType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_trigger_type(data: object) -> AlertRuleTriggerType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_type_0 = AlertRuleTriggerType(data)

                return trigger_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertRuleTriggerType | None | Unset, data)

        trigger_type = _parse_trigger_type(d.pop("trigger_type", UNSET))

        _entitlement = d.pop("entitlement", UNSET)
        entitlement: AlertRuleEntitlement | Unset
        if isinstance(_entitlement, Unset):
            entitlement = UNSET
        else:
            entitlement = AlertRuleEntitlement.from_dict(_entitlement)

        _invoice = d.pop("invoice", UNSET)
        invoice: AlertRuleInvoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = AlertRuleInvoice.from_dict(_invoice)

        event_alert_rule_request = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            description=description,
            status=status,
            customer_ids=customer_ids,
            customers=customers,
            type_=type_,
            trigger_type=trigger_type,
            entitlement=entitlement,
            invoice=invoice,
        )

        event_alert_rule_request.additional_properties = d
        return event_alert_rule_request

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
