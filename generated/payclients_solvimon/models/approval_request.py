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

from ..models import approval_policy_source_type as _e_approval_policy_source_type
from ..models import approvers_type as _e_approvers_type
from ..models import invoice_approval_status as _e_invoice_approval_status
from ..models.approval_policy_source_type import ApprovalPolicySourceType
from ..models.approvers_type import ApproversType
from ..models.invoice_approval_status import InvoiceApprovalStatus

if TYPE_CHECKING:
    from ..models.reviewer import Reviewer


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ApprovalRequest:
    """ApprovalRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        approval_policy_ids (list[str] | None):
        source_type (ApprovalPolicySourceType | None):
        source_id (str | None):
        status (InvoiceApprovalStatus | None):
        owner_id (str | None):
        created_at (datetime.datetime | None):
        reviewed_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        reviewers (list[Reviewer] | None):
        approval_strategy (ApproversType | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "approval_policy_ids",
        "source_type",
        "source_id",
        "status",
        "owner_id",
        "created_at",
        "reviewed_at",
        "updated_at",
        "reviewers",
        "approval_strategy",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "approval_policy_ids",
        "source_type",
        "source_id",
        "status",
        "owner_id",
        "created_at",
        "reviewed_at",
        "updated_at",
        "reviewers",
        "approval_strategy",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    approval_policy_ids: list[str] | None = None
    source_type: ApprovalPolicySourceType | None = _attrs_field(
        default=None, converter=_e_approval_policy_source_type.coerce_optional
    )
    source_id: str | None = None
    status: InvoiceApprovalStatus | None = _attrs_field(
        default=None, converter=_e_invoice_approval_status.coerce_optional
    )
    owner_id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    reviewed_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    reviewers: list[Reviewer] | None = None
    approval_strategy: ApproversType | None = _attrs_field(default=None, converter=_e_approvers_type.coerce_optional)
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
        _v = self.approval_policy_ids
        if _v is not None:
            _d["approval_policy_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.source_type
        if _v is not None:
            _d["source_type"] = None if _v is _t.NULL else _v
        _v = self.source_id
        if _v is not None:
            _d["source_id"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.owner_id
        if _v is not None:
            _d["owner_id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.reviewed_at
        if _v is not None:
            _d["reviewed_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.reviewers
        if _v is not None:
            _d["reviewers"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.approval_strategy
        if _v is not None:
            _d["approval_strategy"] = None if _v is _t.NULL else _v
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
            _v = _d.get("approval_policy_ids")
            _obj.approval_policy_ids = None if _v is None else (_t.list_of(_v, _t.string))
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
            _v = _d.get("source_id")
            _obj.source_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_invoice_approval_status.BY_VALUE.get(_v) or InvoiceApprovalStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("owner_id")
            _obj.owner_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("reviewed_at")
            _obj.reviewed_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("reviewers")
            _obj.reviewers = None if _v is None else (_t.list_of(_v, _models.Reviewer.from_dict))
            _v = _d.get("approval_strategy")
            _obj.approval_strategy = (
                None
                if _v is None
                else (
                    (_e_approvers_type.BY_VALUE.get(_v) or ApproversType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
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
