from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emv_cob_calendar import EmvCobCalendar
    from ..models.emv_cob_value import EmvCobValue
    from ..models.emv_debtor import EmvDebtor
    from ..models.emv_named_value import EmvNamedValue


T = TypeVar("T", bound="EmvCobPayload")


@_attrs_define
class EmvCobPayload:
    """
    Attributes:
        calendar (EmvCobCalendar | Unset):
        key (str | Unset):
        debtor (EmvDebtor | Unset):
        additional_info (list[EmvNamedValue] | Unset):
        revision (int | Unset):
        status (str | Unset):
        txid (str | Unset):
        value (EmvCobValue | Unset):
    """

    calendar: EmvCobCalendar | Unset = UNSET
    key: str | Unset = UNSET
    debtor: EmvDebtor | Unset = UNSET
    additional_info: list[EmvNamedValue] | Unset = UNSET
    revision: int | Unset = UNSET
    status: str | Unset = UNSET
    txid: str | Unset = UNSET
    value: EmvCobValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar, Unset):
            calendar = self.calendar.to_dict()

        key = self.key

        debtor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debtor, Unset):
            debtor = self.debtor.to_dict()

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        revision = self.revision

        status = self.status

        txid = self.txid

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if key is not UNSET:
            field_dict["key"] = key
        if debtor is not UNSET:
            field_dict["debtor"] = debtor
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if revision is not UNSET:
            field_dict["revision"] = revision
        if status is not UNSET:
            field_dict["status"] = status
        if txid is not UNSET:
            field_dict["txid"] = txid
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emv_cob_calendar import EmvCobCalendar
        from ..models.emv_cob_value import EmvCobValue
        from ..models.emv_debtor import EmvDebtor
        from ..models.emv_named_value import EmvNamedValue

        d = dict(src_dict)
        _calendar = d.pop("calendar", UNSET)
        calendar: EmvCobCalendar | Unset
        if isinstance(_calendar, Unset):
            calendar = UNSET
        else:
            calendar = EmvCobCalendar.from_dict(_calendar)

        key = d.pop("key", UNSET)

        _debtor = d.pop("debtor", UNSET)
        debtor: EmvDebtor | Unset
        if isinstance(_debtor, Unset):
            debtor = UNSET
        else:
            debtor = EmvDebtor.from_dict(_debtor)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: list[EmvNamedValue] | Unset = UNSET
        if _additional_info is not UNSET:
            additional_info = []
            for additional_info_item_data in _additional_info:
                additional_info_item = EmvNamedValue.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        revision = d.pop("revision", UNSET)

        status = d.pop("status", UNSET)

        txid = d.pop("txid", UNSET)

        _value = d.pop("value", UNSET)
        value: EmvCobValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = EmvCobValue.from_dict(_value)

        emv_cob_payload = cls(
            calendar=calendar,
            key=key,
            debtor=debtor,
            additional_info=additional_info,
            revision=revision,
            status=status,
            txid=txid,
            value=value,
        )

        emv_cob_payload.additional_properties = d
        return emv_cob_payload

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
