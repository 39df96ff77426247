from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_action_type import WorkflowActionType
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_email_to_customer import SendEmailToCustomer


T = TypeVar("T", bound="CreateWorkflowActionRequest")


@_attrs_define
class CreateWorkflowActionRequest:
    """
    Attributes:
        workflow_id (str):
        type_ (WorkflowActionType):
        status (WorkflowStatus):
        object_type (None | str | Unset):
        id (None | str | Unset):
        description (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        send_email_to_customer (SendEmailToCustomer | Unset):
    """

    workflow_id: str
    type_: WorkflowActionType
    status: WorkflowStatus
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    send_email_to_customer: SendEmailToCustomer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        type_ = self.type_.value

        status = self.status.value

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        send_email_to_customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_email_to_customer, Unset):
            send_email_to_customer = self.send_email_to_customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "type": type_,
                "status": status,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if send_email_to_customer is not UNSET:
            field_dict["send_email_to_customer"] = send_email_to_customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_email_to_customer import SendEmailToCustomer

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        type_ = WorkflowActionType(d.pop("type"))

        status = WorkflowStatus(d.pop("status"))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _send_email_to_customer = d.pop("send_email_to_customer", UNSET)
        send_email_to_customer: SendEmailToCustomer | Unset
        if isinstance(_send_email_to_customer, Unset):
            send_email_to_customer = UNSET
        else:
            send_email_to_customer = SendEmailToCustomer.from_dict(_send_email_to_customer)

        create_workflow_action_request = cls(
            workflow_id=workflow_id,
            type_=type_,
            status=status,
            object_type=object_type,
            id=id,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            send_email_to_customer=send_email_to_customer,
        )

        create_workflow_action_request.additional_properties = d
        return create_workflow_action_request

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
