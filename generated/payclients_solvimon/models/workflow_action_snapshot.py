from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_action_snapshot_type import WorkflowActionSnapshotType
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_to_erp_action import ExportToErpAction
    from ..models.send_email_to_customer import SendEmailToCustomer
    from ..models.send_webhook_action import SendWebhookAction


T = TypeVar("T", bound="WorkflowActionSnapshot")


@_attrs_define
class WorkflowActionSnapshot:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        workflow_id (None | str | Unset):
        type_ (None | Unset | WorkflowActionSnapshotType):
        description (None | str | Unset):
        status (None | Unset | WorkflowStatus):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        send_email_to_customer (None | SendEmailToCustomer | Unset):
        export_to_erp (ExportToErpAction | None | Unset):
        send_webhook (None | SendWebhookAction | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    type_: None | Unset | WorkflowActionSnapshotType = UNSET
    description: None | str | Unset = UNSET
    status: None | Unset | WorkflowStatus = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    send_email_to_customer: None | SendEmailToCustomer | Unset = UNSET
    export_to_erp: ExportToErpAction | None | Unset = UNSET
    send_webhook: None | SendWebhookAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.export_to_erp_action import ExportToErpAction
        from ..models.send_email_to_customer import SendEmailToCustomer
        from ..models.send_webhook_action import SendWebhookAction

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

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WorkflowActionSnapshotType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WorkflowStatus):
            status = self.status.value
        else:
            status = self.status

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

        send_email_to_customer: dict[str, Any] | None | Unset
        if isinstance(self.send_email_to_customer, Unset):
            send_email_to_customer = UNSET
        elif isinstance(self.send_email_to_customer, SendEmailToCustomer):
            send_email_to_customer = self.send_email_to_customer.to_dict()
        else:
            send_email_to_customer = self.send_email_to_customer

        export_to_erp: dict[str, Any] | None | Unset
        if isinstance(self.export_to_erp, Unset):
            export_to_erp = UNSET
        elif isinstance(self.export_to_erp, ExportToErpAction):
            export_to_erp = self.export_to_erp.to_dict()
        else:
            export_to_erp = self.export_to_erp

        send_webhook: dict[str, Any] | None | Unset
        if isinstance(self.send_webhook, Unset):
            send_webhook = UNSET
        elif isinstance(self.send_webhook, SendWebhookAction):
            send_webhook = self.send_webhook.to_dict()
        else:
            send_webhook = self.send_webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if send_email_to_customer is not UNSET:
            field_dict["send_email_to_customer"] = send_email_to_customer
        if export_to_erp is not UNSET:
            field_dict["export_to_erp"] = export_to_erp
        if send_webhook is not UNSET:
            field_dict["send_webhook"] = send_webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_to_erp_action import ExportToErpAction
        from ..models.send_email_to_customer import SendEmailToCustomer
        from ..models.send_webhook_action import SendWebhookAction

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

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_type_(data: object) -> None | Unset | WorkflowActionSnapshotType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = WorkflowActionSnapshotType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowActionSnapshotType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | Unset | WorkflowStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = WorkflowStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowStatus, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_send_email_to_customer(data: object) -> None | SendEmailToCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                send_email_to_customer_type_0 = SendEmailToCustomer.from_dict(data)

                return send_email_to_customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendEmailToCustomer | Unset, data)

        send_email_to_customer = _parse_send_email_to_customer(d.pop("send_email_to_customer", UNSET))

        def _parse_export_to_erp(data: object) -> ExportToErpAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                export_to_erp_type_0 = ExportToErpAction.from_dict(data)

                return export_to_erp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportToErpAction | None | Unset, data)

        export_to_erp = _parse_export_to_erp(d.pop("export_to_erp", UNSET))

        def _parse_send_webhook(data: object) -> None | SendWebhookAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                send_webhook_type_0 = SendWebhookAction.from_dict(data)

                return send_webhook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendWebhookAction | Unset, data)

        send_webhook = _parse_send_webhook(d.pop("send_webhook", UNSET))

        workflow_action_snapshot = cls(
            object_type=object_type,
            id=id,
            workflow_id=workflow_id,
            type_=type_,
            description=description,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            send_email_to_customer=send_email_to_customer,
            export_to_erp=export_to_erp,
            send_webhook=send_webhook,
        )

        workflow_action_snapshot.additional_properties = d
        return workflow_action_snapshot

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
