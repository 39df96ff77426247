from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WebhookAccount:
    """Account the event belongs to; the fields sent vary by event.

    Attributes:
        id (str | None):
        account_id (str | None):
        client_id (str | None):
        name (str | None):
        status (str | None):
        code (str | None):
        branch (str | None):
        account (str | None):
        tax_id (str | None):
        environment (str | None):
    """

    _FIELDS = (
        "id",
        "account_id",
        "client_id",
        "name",
        "status",
        "code",
        "branch",
        "account",
        "tax_id",
        "environment",
    )
    _KEYS = frozenset(
        (
            "id",
            "accountId",
            "clientId",
            "name",
            "status",
            "code",
            "branch",
            "account",
            "taxID",
            "environment",
        )
    )

    id: str | None = None
    account_id: str | None = None
    client_id: str | None = None
    name: str | None = None
    status: str | None = None
    code: str | None = None
    branch: str | None = None
    account: str | None = None
    tax_id: str | None = None
    environment: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.account_id
        if _v is not None:
            _d["accountId"] = _v
        _v = self.client_id
        if _v is not None:
            _d["clientId"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.code
        if _v is not None:
            _d["code"] = _v
        _v = self.branch
        if _v is not None:
            _d["branch"] = _v
        _v = self.account
        if _v is not None:
            _d["account"] = _v
        _v = self.tax_id
        if _v is not None:
            _d["taxID"] = _v
        _v = self.environment
        if _v is not None:
            _d["environment"] = _v
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
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "accountId"
            _v = _d.get("accountId")
            _obj.account_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "clientId"
            _v = _d.get("clientId")
            _obj.client_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "code"
            _v = _d.get("code")
            _obj.code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "branch"
            _v = _d.get("branch")
            _obj.branch = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account"
            _v = _d.get("account")
            _obj.account = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "taxID"
            _v = _d.get("taxID")
            _obj.tax_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "environment"
            _v = _d.get("environment")
            _obj.environment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
