from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import workflow_conditions_result_tree_result as _e_workflow_conditions_result_tree_result
from ..models import workflow_conditions_result_tree_type as _e_workflow_conditions_result_tree_type
from ..models.workflow_conditions_result_tree_result import WorkflowConditionsResultTreeResult
from ..models.workflow_conditions_result_tree_type import WorkflowConditionsResultTreeType

if TYPE_CHECKING:
    from ..models.workflow_conditions_result_comparison import WorkflowConditionsResultComparison
    from ..models.workflow_conditions_result_group import WorkflowConditionsResultGroup


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WorkflowConditionsResultTree:
    """WorkflowConditionsResultTree

    Attributes:
        type_ (WorkflowConditionsResultTreeType | None):
        group (WorkflowConditionsResultGroup | None):
        comparison (WorkflowConditionsResultComparison | None):
        result (WorkflowConditionsResultTreeResult | None):
    """

    _FIELDS = (
        "type_",
        "group",
        "comparison",
        "result",
    )
    _KEYS = frozenset(
        (
            "type",
            "group",
            "comparison",
            "result",
        )
    )

    type_: WorkflowConditionsResultTreeType | None = _attrs_field(
        default=None, converter=_e_workflow_conditions_result_tree_type.coerce_optional
    )
    group: WorkflowConditionsResultGroup | None = None
    comparison: WorkflowConditionsResultComparison | None = None
    result: WorkflowConditionsResultTreeResult | None = _attrs_field(
        default=None, converter=_e_workflow_conditions_result_tree_result.coerce_optional
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.group
        if _v is not None:
            _d["group"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.comparison
        if _v is not None:
            _d["comparison"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.result
        if _v is not None:
            _d["result"] = None if _v is _t.NULL else _v
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
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_workflow_conditions_result_tree_type.BY_VALUE.get(_v) or WorkflowConditionsResultTreeType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "group"
            _v = _d.get("group")
            _obj.group = None if _v is None else (_models.WorkflowConditionsResultGroup.from_dict(_v))
            _key = "comparison"
            _v = _d.get("comparison")
            _obj.comparison = None if _v is None else (_models.WorkflowConditionsResultComparison.from_dict(_v))
            _key = "result"
            _v = _d.get("result")
            _obj.result = (
                None
                if _v is None
                else (
                    (
                        _e_workflow_conditions_result_tree_result.BY_VALUE.get(_v)
                        or WorkflowConditionsResultTreeResult(_v)
                    )
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
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
