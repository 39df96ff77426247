from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import account_membership_representation_type as _e_account_membership_representation_type
from ..models.account_membership_representation_type import AccountMembershipRepresentationType

if TYPE_CHECKING:
    from ..models.account_representation import AccountRepresentation
    from ..models.role import Role


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateAccountMembershipRepresentationRequest:
    """CreateAccountMembershipRepresentationRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        account_id (str | None):
        account_reference (str | None):
        environment (str | None):
        account (AccountRepresentation | None):
        type_ (AccountMembershipRepresentationType | None):
        role_ids (list[str] | None):
        roles (list[Role] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "account_id",
        "account_reference",
        "environment",
        "account",
        "type_",
        "role_ids",
        "roles",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "account_id",
            "account_reference",
            "environment",
            "account",
            "type",
            "role_ids",
            "roles",
        )
    )

    object_type: str | None = None
    id: str | None = None
    account_id: str | None = None
    account_reference: str | None = None
    environment: str | None = None
    account: AccountRepresentation | None = None
    type_: AccountMembershipRepresentationType | None = _attrs_field(
        default=None, converter=_e_account_membership_representation_type.coerce_optional
    )
    role_ids: list[str] | None = None
    roles: list[Role] | None = None
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
        _v = self.account_id
        if _v is not None:
            _d["account_id"] = _v
        _v = self.account_reference
        if _v is not None:
            _d["account_reference"] = None if _v is _t.NULL else _v
        _v = self.environment
        if _v is not None:
            _d["environment"] = None if _v is _t.NULL else _v
        _v = self.account
        if _v is not None:
            _d["account"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.role_ids
        if _v is not None:
            _d["role_ids"] = list(_v)
        _v = self.roles
        if _v is not None:
            _d["roles"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account_id"
            _v = _d.get("account_id")
            _obj.account_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account_reference"
            _v = _d.get("account_reference")
            _obj.account_reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "environment"
            _v = _d.get("environment")
            _obj.environment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account"
            _v = _d.get("account")
            _obj.account = None if _v is None else (_models.AccountRepresentation.from_dict(_v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (
                        _e_account_membership_representation_type.BY_VALUE.get(_v)
                        or AccountMembershipRepresentationType(_v)
                    )
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "role_ids"
            _v = _d.get("role_ids")
            _obj.role_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "roles"
            _v = _d.get("roles")
            _obj.roles = None if _v is None else (_t.list_of(_v, _models.Role.from_dict))
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
