from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_action_execution_status import WorkflowActionExecutionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workflow_trigger_request import UpdateWorkflowTriggerRequest
    from ..models.workflow_action_snapshot import WorkflowActionSnapshot
    from ..models.workflow_conditions_result_tree import WorkflowConditionsResultTree


T = TypeVar("T", bound="UpdateWorkflowActionExecutionRequest")


@_attrs_define
class UpdateWorkflowActionExecutionRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        workflow_action_id (None | str | Unset):
        workflow_action (None | Unset | WorkflowActionSnapshot):
        workflow_trigger_id (None | str | Unset):
        workflow_trigger (None | Unset | UpdateWorkflowTriggerRequest):
        workflow_id (None | str | Unset):
        status (None | Unset | WorkflowActionExecutionStatus):
        reason (None | str | Unset):
        conditions_result_tree (None | Unset | WorkflowConditionsResultTree):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    workflow_action_id: None | str | Unset = UNSET
    workflow_action: None | Unset | WorkflowActionSnapshot = UNSET
    workflow_trigger_id: None | str | Unset = UNSET
    workflow_trigger: None | Unset | UpdateWorkflowTriggerRequest = UNSET
    workflow_id: None | str | Unset = UNSET
    status: None | Unset | WorkflowActionExecutionStatus = UNSET
    reason: None | str | Unset = UNSET
    conditions_result_tree: None | Unset | WorkflowConditionsResultTree = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workflow_trigger_request import UpdateWorkflowTriggerRequest
        from ..models.workflow_action_snapshot import WorkflowActionSnapshot
        from ..models.workflow_conditions_result_tree import WorkflowConditionsResultTree

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

        workflow_action_id: None | str | Unset
        if isinstance(self.workflow_action_id, Unset):
            workflow_action_id = UNSET
        else:
            workflow_action_id = self.workflow_action_id

        workflow_action: dict[str, Any] | None | Unset
        if isinstance(self.workflow_action, Unset):
            workflow_action = UNSET
        elif isinstance(self.workflow_action, WorkflowActionSnapshot):
            workflow_action = self.workflow_action.to_dict()
        else:
            workflow_action = self.workflow_action

        workflow_trigger_id: None | str | Unset
        if isinstance(self.workflow_trigger_id, Unset):
            workflow_trigger_id = UNSET
        else:
            workflow_trigger_id = self.workflow_trigger_id

        workflow_trigger: dict[str, Any] | None | Unset
        if isinstance(self.workflow_trigger, Unset):
            workflow_trigger = UNSET
        elif isinstance(self.workflow_trigger, UpdateWorkflowTriggerRequest):
            workflow_trigger = self.workflow_trigger.to_dict()
        else:
            workflow_trigger = self.workflow_trigger

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WorkflowActionExecutionStatus):
            status = self.status.value
        else:
            status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        conditions_result_tree: dict[str, Any] | None | Unset
        if isinstance(self.conditions_result_tree, Unset):
            conditions_result_tree = UNSET
        elif isinstance(self.conditions_result_tree, WorkflowConditionsResultTree):
            conditions_result_tree = self.conditions_result_tree.to_dict()
        else:
            conditions_result_tree = self.conditions_result_tree

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if workflow_action_id is not UNSET:
            field_dict["workflow_action_id"] = workflow_action_id
        if workflow_action is not UNSET:
            field_dict["workflow_action"] = workflow_action
        if workflow_trigger_id is not UNSET:
            field_dict["workflow_trigger_id"] = workflow_trigger_id
        if workflow_trigger is not UNSET:
            field_dict["workflow_trigger"] = workflow_trigger
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if conditions_result_tree is not UNSET:
            field_dict["conditions_result_tree"] = conditions_result_tree
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_workflow_trigger_request import UpdateWorkflowTriggerRequest
        from ..models.workflow_action_snapshot import WorkflowActionSnapshot
        from ..models.workflow_conditions_result_tree import WorkflowConditionsResultTree

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

        def _parse_workflow_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_action_id = _parse_workflow_action_id(d.pop("workflow_action_id", UNSET))

        def _parse_workflow_action(data: object) -> None | Unset | WorkflowActionSnapshot:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_action_type_0 = WorkflowActionSnapshot.from_dict(data)

                return workflow_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowActionSnapshot, data)

        workflow_action = _parse_workflow_action(d.pop("workflow_action", UNSET))

        def _parse_workflow_trigger_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_trigger_id = _parse_workflow_trigger_id(d.pop("workflow_trigger_id", UNSET))

        def _parse_workflow_trigger(data: object) -> None | Unset | UpdateWorkflowTriggerRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_trigger_type_0 = UpdateWorkflowTriggerRequest.from_dict(data)

                return workflow_trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkflowTriggerRequest, data)

        workflow_trigger = _parse_workflow_trigger(d.pop("workflow_trigger", UNSET))

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_status(data: object) -> None | Unset | WorkflowActionExecutionStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = WorkflowActionExecutionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowActionExecutionStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_conditions_result_tree(data: object) -> None | Unset | WorkflowConditionsResultTree:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_result_tree_type_0 = WorkflowConditionsResultTree.from_dict(data)

                return conditions_result_tree_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConditionsResultTree, data)

        conditions_result_tree = _parse_conditions_result_tree(d.pop("conditions_result_tree", UNSET))

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

        update_workflow_action_execution_request = cls(
            object_type=object_type,
            id=id,
            workflow_action_id=workflow_action_id,
            workflow_action=workflow_action,
            workflow_trigger_id=workflow_trigger_id,
            workflow_trigger=workflow_trigger,
            workflow_id=workflow_id,
            status=status,
            reason=reason,
            conditions_result_tree=conditions_result_tree,
            created_at=created_at,
            updated_at=updated_at,
        )

        update_workflow_action_execution_request.additional_properties = d
        return update_workflow_action_execution_request

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
