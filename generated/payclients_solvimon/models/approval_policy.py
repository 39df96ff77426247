from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import approval_policy_approval_type as _e_approval_policy_approval_type
from ..models import approval_policy_source_type as _e_approval_policy_source_type
from ..models import resource_status as _e_resource_status
from ..models.approval_policy_approval_type import ApprovalPolicyApprovalType
from ..models.approval_policy_source_type import ApprovalPolicySourceType
from ..models.resource_status import ResourceStatus

if TYPE_CHECKING:
    from ..models.approval_policy_rule_group import ApprovalPolicyRuleGroup
    from ..models.approvers import Approvers


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ApprovalPolicy:
    """ApprovalPolicy

    Attributes:
        object_type (str | None):
        id (str | None):
        source_type (ApprovalPolicySourceType | None):
        reference (str | None):
        name (str | None):
        status (ResourceStatus | None):
        approval_type (ApprovalPolicyApprovalType | None):
        created_at (datetime.datetime | None):
        update_at (datetime.datetime | None):
        approvers (Approvers | None):
        rule_groups (list[ApprovalPolicyRuleGroup] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "source_type",
        "reference",
        "name",
        "status",
        "approval_type",
        "created_at",
        "update_at",
        "approvers",
        "rule_groups",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "source_type",
        "reference",
        "name",
        "status",
        "approval_type",
        "created_at",
        "update_at",
        "approvers",
        "rule_groups",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    source_type: ApprovalPolicySourceType | None = _attrs_field(
        default=None, converter=_e_approval_policy_source_type.coerce_optional
    )
    reference: str | None = None
    name: str | None = None
    status: ResourceStatus | None = _attrs_field(default=None, converter=_e_resource_status.coerce_optional)
    approval_type: ApprovalPolicyApprovalType | None = _attrs_field(
        default=None, converter=_e_approval_policy_approval_type.coerce_optional
    )
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    update_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    approvers: Approvers | None = None
    rule_groups: list[ApprovalPolicyRuleGroup] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.source_type
        if _v is not None:
            _d["source_type"] = _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.approval_type
        if _v is not None:
            _d["approval_type"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.update_at
        if _v is not None:
            _d["update_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.approvers
        if _v is not None:
            _d["approvers"] = _v.to_dict()
        _v = self.rule_groups
        if _v is not None:
            _d["rule_groups"] = [_x.to_dict() for _x in _v]
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = _new(_cls)
        try:
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("source_type")
            _obj.source_type = (
                None
                if _v is None
                else (
                    (_e_approval_policy_source_type.BY_VALUE.get(_v) or ApprovalPolicySourceType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_resource_status.BY_VALUE.get(_v) or ResourceStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("approval_type")
            _obj.approval_type = (
                None
                if _v is None
                else (
                    (_e_approval_policy_approval_type.BY_VALUE.get(_v) or ApprovalPolicyApprovalType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("update_at")
            _obj.update_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("approvers")
            _obj.approvers = None if _v is None else (_models.Approvers.from_dict(_v))
            _v = _d.get("rule_groups")
            _obj.rule_groups = None if _v is None else (_t.list_of(_v, _models.ApprovalPolicyRuleGroup.from_dict))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
