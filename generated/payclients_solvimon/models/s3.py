from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import s3_authentication_type as _e_s3_authentication_type
from ..models.s3_authentication_type import S3AuthenticationType


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class S3:
    """Amazon S3 export target.

    Attributes:
        bucket_name (str | None):
        bucket_path (str | None):
        bucket_region (str | None):
        authentication_type (S3AuthenticationType | None):
        role_arn (str | None):
        external_id (str | None):
    """

    _FIELDS = (
        "bucket_name",
        "bucket_path",
        "bucket_region",
        "authentication_type",
        "role_arn",
        "external_id",
    )
    _KEYS = frozenset(
        (
            "bucket_name",
            "bucket_path",
            "bucket_region",
            "authentication_type",
            "role_arn",
            "external_id",
        )
    )

    bucket_name: str | None = None
    bucket_path: str | None = None
    bucket_region: str | None = None
    authentication_type: S3AuthenticationType | None = _attrs_field(
        default=None, converter=_e_s3_authentication_type.coerce_optional
    )
    role_arn: str | None = None
    external_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.bucket_name
        if _v is not None:
            _d["bucket_name"] = _v
        _v = self.bucket_path
        if _v is not None:
            _d["bucket_path"] = _v
        _v = self.bucket_region
        if _v is not None:
            _d["bucket_region"] = _v
        _v = self.authentication_type
        if _v is not None:
            _d["authentication_type"] = None if _v is _t.NULL else _v
        _v = self.role_arn
        if _v is not None:
            _d["role_arn"] = None if _v is _t.NULL else _v
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = None if _v is _t.NULL else _v
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
            _key = "bucket_name"
            _v = _d.get("bucket_name")
            _obj.bucket_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bucket_path"
            _v = _d.get("bucket_path")
            _obj.bucket_path = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bucket_region"
            _v = _d.get("bucket_region")
            _obj.bucket_region = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "authentication_type"
            _v = _d.get("authentication_type")
            _obj.authentication_type = (
                None
                if _v is None
                else (
                    (_e_s3_authentication_type.BY_VALUE.get(_v) or S3AuthenticationType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "role_arn"
            _v = _d.get("role_arn")
            _obj.role_arn = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "external_id"
            _v = _d.get("external_id")
            _obj.external_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
