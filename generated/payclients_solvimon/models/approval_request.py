from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_policy_source_type import ApprovalPolicySourceType
from ..models.approvers_type import ApproversType
from ..models.invoice_approval_status import InvoiceApprovalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reviewer import Reviewer


T = TypeVar("T", bound="ApprovalRequest")


@_attrs_define
class ApprovalRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        approval_policy_ids (list[str] | None | Unset):
        source_type (ApprovalPolicySourceType | None | Unset):
        source_id (None | str | Unset):
        status (InvoiceApprovalStatus | None | Unset):
        owner_id (None | str | Unset):
        created_at (None | str | Unset):
        reviewed_at (None | str | Unset):
        updated_at (None | str | Unset):
        reviewers (list[Reviewer] | None | Unset):
        approval_strategy (ApproversType | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    approval_policy_ids: list[str] | None | Unset = UNSET
    source_type: ApprovalPolicySourceType | None | Unset = UNSET
    source_id: None | str | Unset = UNSET
    status: InvoiceApprovalStatus | None | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    reviewed_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    reviewers: list[Reviewer] | None | Unset = UNSET
    approval_strategy: ApproversType | None | Unset = UNSET
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

        approval_policy_ids: list[str] | None | Unset
        if isinstance(self.approval_policy_ids, Unset):
            approval_policy_ids = UNSET
        elif isinstance(self.approval_policy_ids, list):
            approval_policy_ids = self.approval_policy_ids

        else:
            approval_policy_ids = self.approval_policy_ids

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, ApprovalPolicySourceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceApprovalStatus):
            status = self.status.value
        else:
            status = self.status

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        else:
            reviewed_at = self.reviewed_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        reviewers: list[dict[str, Any]] | None | Unset
        if isinstance(self.reviewers, Unset):
            reviewers = UNSET
        elif isinstance(self.reviewers, list):
            reviewers = []
            for reviewers_type_0_item_data in self.reviewers:
                reviewers_type_0_item = reviewers_type_0_item_data.to_dict()
                reviewers.append(reviewers_type_0_item)

        else:
            reviewers = self.reviewers

        approval_strategy: None | str | Unset
        if isinstance(self.approval_strategy, Unset):
            approval_strategy = UNSET
        elif isinstance(self.approval_strategy, ApproversType):
            approval_strategy = self.approval_strategy.value
        else:
            approval_strategy = self.approval_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if approval_policy_ids is not UNSET:
            field_dict["approval_policy_ids"] = approval_policy_ids
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if reviewers is not UNSET:
            field_dict["reviewers"] = reviewers
        if approval_strategy is not UNSET:
            field_dict["approval_strategy"] = approval_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reviewer import Reviewer

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

        def _parse_approval_policy_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                approval_policy_ids_type_0 = cast(list[str], data)

                return approval_policy_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        approval_policy_ids = _parse_approval_policy_ids(d.pop("approval_policy_ids", UNSET))

        def _parse_source_type(data: object) -> ApprovalPolicySourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = ApprovalPolicySourceType(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalPolicySourceType | None | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_status(data: object) -> InvoiceApprovalStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InvoiceApprovalStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceApprovalStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_reviewed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_reviewers(data: object) -> list[Reviewer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reviewers_type_0 = []
                _reviewers_type_0 = data
                for reviewers_type_0_item_data in _reviewers_type_0:
                    reviewers_type_0_item = Reviewer.from_dict(reviewers_type_0_item_data)

                    reviewers_type_0.append(reviewers_type_0_item)

                return reviewers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Reviewer] | None | Unset, data)

        reviewers = _parse_reviewers(d.pop("reviewers", UNSET))

        def _parse_approval_strategy(data: object) -> ApproversType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_strategy_type_0 = ApproversType(data)

                return approval_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApproversType | None | Unset, data)

        approval_strategy = _parse_approval_strategy(d.pop("approval_strategy", UNSET))

        approval_request = cls(
            object_type=object_type,
            id=id,
            approval_policy_ids=approval_policy_ids,
            source_type=source_type,
            source_id=source_id,
            status=status,
            owner_id=owner_id,
            created_at=created_at,
            reviewed_at=reviewed_at,
            updated_at=updated_at,
            reviewers=reviewers,
            approval_strategy=approval_strategy,
        )

        approval_request.additional_properties = d
        return approval_request

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
