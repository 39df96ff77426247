from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_workflow_action_request import CreateWorkflowActionRequest
    from ..models.create_workflow_request import CreateWorkflowRequest


T = TypeVar("T", bound="InitWorkflowRequest")


@_attrs_define
class InitWorkflowRequest:
    """
    Attributes:
        workflow (CreateWorkflowRequest | None | Unset):
        actions (list[CreateWorkflowActionRequest] | None | Unset):
    """

    workflow: CreateWorkflowRequest | None | Unset = UNSET
    actions: list[CreateWorkflowActionRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_workflow_request import CreateWorkflowRequest

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, CreateWorkflowRequest):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_workflow_action_request import CreateWorkflowActionRequest
        from ..models.create_workflow_request import CreateWorkflowRequest

        d = dict(src_dict)

        def _parse_workflow(data: object) -> CreateWorkflowRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_0 = CreateWorkflowRequest.from_dict(data)

                return workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateWorkflowRequest | None | Unset, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        def _parse_actions(data: object) -> list[CreateWorkflowActionRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:
                    actions_type_0_item = CreateWorkflowActionRequest.from_dict(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateWorkflowActionRequest] | None | Unset, data)

        actions = _parse_actions(d.pop("actions", UNSET))

        init_workflow_request = cls(
            workflow=workflow,
            actions=actions,
        )

        init_workflow_request.additional_properties = d
        return init_workflow_request

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
