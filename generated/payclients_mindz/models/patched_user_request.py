from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import person_type as _e_person_type
from ..models import user_gender as _e_user_gender
from ..models.person_type import PersonType
from ..models.user_gender import UserGender


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PatchedUserRequest:
    """Profile fields for a partial update; the node only requires the user id. Inferred from the n8n node's User
    Create and Update inputs; snake_case wire names and enum values are proposed.

    Attributes:
        email (str | None): E-mail address (login).
        first_name (str | None): First name.
        last_name (str | None): Last name.
        username (str | None): Username.
        suspended (bool | None): Whether the account is suspended (leave out to keep the current value).
        gender (UserGender | None):
        phone (str | None): Phone number.
        birth_date (datetime.date | None): Date of birth.
        bio (str | None): Short biography.
        person_type (PersonType | None):
        cpf_cnpj (str | None): CPF (natural person) or CNPJ (company) number.
        corporate_name (str | None): Company name (razão social) for `PJ` users.
        country (str | None): Country.
        zip_code (str | None): Postal code (CEP).
        state (str | None): State (UF).
        city (str | None): City.
        district (str | None): District (bairro).
        street (str | None): Street.
        house_number (str | None): House / building number.
        complement (str | None): Address complement.
    """

    _FIELDS = (
        "email",
        "first_name",
        "last_name",
        "username",
        "suspended",
        "gender",
        "phone",
        "birth_date",
        "bio",
        "person_type",
        "cpf_cnpj",
        "corporate_name",
        "country",
        "zip_code",
        "state",
        "city",
        "district",
        "street",
        "house_number",
        "complement",
    )
    _KEYS = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "username",
            "suspended",
            "gender",
            "phone",
            "birth_date",
            "bio",
            "person_type",
            "cpf_cnpj",
            "corporate_name",
            "country",
            "zip_code",
            "state",
            "city",
            "district",
            "street",
            "house_number",
            "complement",
        )
    )

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    suspended: bool | None = None
    gender: UserGender | None = _attrs_field(default=None, converter=_e_user_gender.coerce_optional)
    phone: str | None = None
    birth_date: datetime.date | None = _attrs_field(default=None, converter=_t.to_date_or_none)
    bio: str | None = None
    person_type: PersonType | None = _attrs_field(default=None, converter=_e_person_type.coerce_optional)
    cpf_cnpj: str | None = None
    corporate_name: str | None = None
    country: str | None = None
    zip_code: str | None = None
    state: str | None = None
    city: str | None = None
    district: str | None = None
    street: str | None = None
    house_number: str | None = None
    complement: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.first_name
        if _v is not None:
            _d["first_name"] = _v
        _v = self.last_name
        if _v is not None:
            _d["last_name"] = _v
        _v = self.username
        if _v is not None:
            _d["username"] = None if _v is _t.NULL else _v
        _v = self.suspended
        if _v is not None:
            _d["suspended"] = _v
        _v = self.gender
        if _v is not None:
            _d["gender"] = None if _v is _t.NULL else _v
        _v = self.phone
        if _v is not None:
            _d["phone"] = None if _v is _t.NULL else _v
        _v = self.birth_date
        if _v is not None:
            _d["birth_date"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.bio
        if _v is not None:
            _d["bio"] = None if _v is _t.NULL else _v
        _v = self.person_type
        if _v is not None:
            _d["person_type"] = None if _v is _t.NULL else _v
        _v = self.cpf_cnpj
        if _v is not None:
            _d["cpf_cnpj"] = None if _v is _t.NULL else _v
        _v = self.corporate_name
        if _v is not None:
            _d["corporate_name"] = None if _v is _t.NULL else _v
        _v = self.country
        if _v is not None:
            _d["country"] = None if _v is _t.NULL else _v
        _v = self.zip_code
        if _v is not None:
            _d["zip_code"] = None if _v is _t.NULL else _v
        _v = self.state
        if _v is not None:
            _d["state"] = None if _v is _t.NULL else _v
        _v = self.city
        if _v is not None:
            _d["city"] = None if _v is _t.NULL else _v
        _v = self.district
        if _v is not None:
            _d["district"] = None if _v is _t.NULL else _v
        _v = self.street
        if _v is not None:
            _d["street"] = None if _v is _t.NULL else _v
        _v = self.house_number
        if _v is not None:
            _d["house_number"] = None if _v is _t.NULL else _v
        _v = self.complement
        if _v is not None:
            _d["complement"] = None if _v is _t.NULL else _v
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
            _key = "email"
            _v = _d.get("email")
            _obj.email = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "first_name"
            _v = _d.get("first_name")
            _obj.first_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "last_name"
            _v = _d.get("last_name")
            _obj.last_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "username"
            _v = _d.get("username")
            _obj.username = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "suspended"
            _v = _d.get("suspended")
            _obj.suspended = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "gender"
            _v = _d.get("gender")
            _obj.gender = (
                None
                if _v is None
                else (
                    (_e_user_gender.BY_VALUE.get(_v) or UserGender(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "phone"
            _v = _d.get("phone")
            _obj.phone = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "birth_date"
            _v = _d.get("birth_date")
            _obj.birth_date = None if _v is None else (_t.date(_v))
            _key = "bio"
            _v = _d.get("bio")
            _obj.bio = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "person_type"
            _v = _d.get("person_type")
            _obj.person_type = (
                None
                if _v is None
                else (
                    (_e_person_type.BY_VALUE.get(_v) or PersonType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "cpf_cnpj"
            _v = _d.get("cpf_cnpj")
            _obj.cpf_cnpj = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "corporate_name"
            _v = _d.get("corporate_name")
            _obj.corporate_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "country"
            _v = _d.get("country")
            _obj.country = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "zip_code"
            _v = _d.get("zip_code")
            _obj.zip_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "state"
            _v = _d.get("state")
            _obj.state = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "city"
            _v = _d.get("city")
            _obj.city = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "district"
            _v = _d.get("district")
            _obj.district = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "street"
            _v = _d.get("street")
            _obj.street = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "house_number"
            _v = _d.get("house_number")
            _obj.house_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "complement"
            _v = _d.get("complement")
            _obj.complement = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
