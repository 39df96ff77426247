from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.woovi_error_data_type_0 import WooviErrorDataType0
    from ..models.woovi_error_detail import WooviErrorDetail
    from ..models.woovi_error_fields import WooviErrorFields
    from ..models.woovi_error_issue import WooviErrorIssue
    from ..models.woovi_graph_ql_error import WooviGraphQLError


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WooviError:
    """Any error body Woovi sends. Every field is optional; read `error`, then `errors[].message`.

    Attributes:
        error (str | list[str | WooviErrorIssue] | WooviErrorFields | None): Message, list of messages or validation issues, or a map of field errors.
        error_code (str | None): Machine-readable code, e.g. TOO_MANY_REQUESTS.
        errors (list[WooviGraphQLError] | None): GraphQL-style errors (sent for an invalid AppID).
        data (WooviErrorDataType0 | None): Always null in GraphQL-style errors.
        success (bool | None):
        status (str | None):
        details (list[WooviErrorDetail] | None):
    """

    _FIELDS = (
        "error",
        "error_code",
        "errors",
        "data",
        "success",
        "status",
        "details",
    )
    _KEYS = frozenset(
        (
            "error",
            "errorCode",
            "errors",
            "data",
            "success",
            "status",
            "details",
        )
    )

    error: str | list[str | WooviErrorIssue] | WooviErrorFields | None = None
    error_code: str | None = None
    errors: list[WooviGraphQLError] | None = None
    data: WooviErrorDataType0 | None = None
    success: bool | None = None
    status: str | None = None
    details: list[WooviErrorDetail] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.error
        if _v is not None:
            _d["error"] = _t.dump(_v)
        _v = self.error_code
        if _v is not None:
            _d["errorCode"] = _v
        _v = self.errors
        if _v is not None:
            _d["errors"] = [_x.to_dict() for _x in _v]
        _v = self.data
        if _v is not None:
            _d["data"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.success
        if _v is not None:
            _d["success"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.details
        if _v is not None:
            _d["details"] = [_x.to_dict() for _x in _v]
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
            _key = "error"
            _v = _d.get("error")
            _obj.error = (
                None
                if _v is None
                else (
                    _t.one_of(
                        _v,
                        (
                            _t.string,
                            lambda _x: _t.list_of(
                                _x,
                                lambda _x: _t.one_of(
                                    _x,
                                    (
                                        _t.string,
                                        _models.WooviErrorIssue.from_dict,
                                    ),
                                    "str or WooviErrorIssue",
                                ),
                            ),
                            _models.WooviErrorFields.from_dict,
                        ),
                        "str or list[str | WooviErrorIssue] or WooviErrorFields",
                    )
                )
            )
            _key = "errorCode"
            _v = _d.get("errorCode")
            _obj.error_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "errors"
            _v = _d.get("errors")
            _obj.errors = None if _v is None else (_t.list_of(_v, _models.WooviGraphQLError.from_dict))
            _key = "data"
            _v = _d.get("data")
            _obj.data = None if _v is None else (_models.WooviErrorDataType0.from_dict(_v))
            _key = "success"
            _v = _d.get("success")
            _obj.success = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "details"
            _v = _d.get("details")
            _obj.details = None if _v is None else (_t.list_of(_v, _models.WooviErrorDetail.from_dict))
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
