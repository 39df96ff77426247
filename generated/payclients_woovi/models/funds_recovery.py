from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funds_recovery_direction import FundsRecoveryDirection
from ..models.funds_recovery_situation_type import FundsRecoverySituationType
from ..models.funds_recovery_status import FundsRecoveryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funds_recovery_event import FundsRecoveryEvent


T = TypeVar("T", bound="FundsRecovery")


@_attrs_define
class FundsRecovery:
    """
    Attributes:
        dict_id (UUID | Unset):
        root_transaction_id (str | Unset):
        situation_type (FundsRecoverySituationType | Unset):
        report_details (str | Unset):
        status (FundsRecoveryStatus | Unset):
        direction (FundsRecoveryDirection | Unset):
        reporter_participant (str | Unset):
        creation_time (datetime.datetime | Unset):
        last_modified (datetime.datetime | Unset):
        events (list[FundsRecoveryEvent] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    dict_id: UUID | Unset = UNSET
    root_transaction_id: str | Unset = UNSET
    situation_type: FundsRecoverySituationType | Unset = UNSET
    report_details: str | Unset = UNSET
    status: FundsRecoveryStatus | Unset = UNSET
    direction: FundsRecoveryDirection | Unset = UNSET
    reporter_participant: str | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    events: list[FundsRecoveryEvent] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dict_id: str | Unset = UNSET
        if not isinstance(self.dict_id, Unset):
            dict_id = str(self.dict_id)

        root_transaction_id = self.root_transaction_id

        situation_type: str | Unset = UNSET
        if not isinstance(self.situation_type, Unset):
            situation_type = self.situation_type.value

        report_details = self.report_details

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        reporter_participant = self.reporter_participant

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dict_id is not UNSET:
            field_dict["dictId"] = dict_id
        if root_transaction_id is not UNSET:
            field_dict["rootTransactionId"] = root_transaction_id
        if situation_type is not UNSET:
            field_dict["situationType"] = situation_type
        if report_details is not UNSET:
            field_dict["reportDetails"] = report_details
        if status is not UNSET:
            field_dict["status"] = status
        if direction is not UNSET:
            field_dict["direction"] = direction
        if reporter_participant is not UNSET:
            field_dict["reporterParticipant"] = reporter_participant
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if events is not UNSET:
            field_dict["events"] = events
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.funds_recovery_event import FundsRecoveryEvent

        d = dict(src_dict)
        _dict_id = d.pop("dictId", UNSET)
        dict_id: UUID | Unset
        if isinstance(_dict_id, Unset):
            dict_id = UNSET
        else:
            dict_id = UUID(_dict_id)

        root_transaction_id = d.pop("rootTransactionId", UNSET)

        _situation_type = d.pop("situationType", UNSET)
        situation_type: FundsRecoverySituationType | Unset
        if isinstance(_situation_type, Unset):
            situation_type = UNSET
        else:
            situation_type = FundsRecoverySituationType(_situation_type)

        report_details = d.pop("reportDetails", UNSET)

        _status = d.pop("status", UNSET)
        status: FundsRecoveryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FundsRecoveryStatus(_status)

        _direction = d.pop("direction", UNSET)
        direction: FundsRecoveryDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = FundsRecoveryDirection(_direction)

        reporter_participant = d.pop("reporterParticipant", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        _events = d.pop("events", UNSET)
        events: list[FundsRecoveryEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = FundsRecoveryEvent.from_dict(events_item_data)

                events.append(events_item)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        funds_recovery = cls(
            dict_id=dict_id,
            root_transaction_id=root_transaction_id,
            situation_type=situation_type,
            report_details=report_details,
            status=status,
            direction=direction,
            reporter_participant=reporter_participant,
            creation_time=creation_time,
            last_modified=last_modified,
            events=events,
            created_at=created_at,
            updated_at=updated_at,
        )

        funds_recovery.additional_properties = d
        return funds_recovery

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
