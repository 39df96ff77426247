from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_type import PersonType
from ..models.user_gender import UserGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRequest")


@_attrs_define
class UserRequest:
    """Profile fields for a full update (PUT). Inferred from the n8n node's User Create and Update inputs; snake_case wire
    names and enum values are proposed.

        Attributes:
            email (str): E-mail address (login).
            first_name (str): First name.
            last_name (str): Last name.
            username (None | str | Unset): Username.
            suspended (bool | Unset): Whether the account is suspended (leave out to keep the current value).
            gender (None | Unset | UserGender):
            phone (None | str | Unset): Phone number.
            birth_date (datetime.date | None | Unset): Date of birth.
            bio (None | str | Unset): Short biography.
            person_type (None | PersonType | Unset):
            cpf_cnpj (None | str | Unset): CPF (natural person) or CNPJ (company) number.
            corporate_name (None | str | Unset): Company name (razão social) for `PJ` users.
            country (None | str | Unset): Country.
            zip_code (None | str | Unset): Postal code (CEP).
            state (None | str | Unset): State (UF).
            city (None | str | Unset): City.
            district (None | str | Unset): District (bairro).
            street (None | str | Unset): Street.
            house_number (None | str | Unset): House / building number.
            complement (None | str | Unset): Address complement.
    """

    email: str
    first_name: str
    last_name: str
    username: None | str | Unset = UNSET
    suspended: bool | Unset = UNSET
    gender: None | Unset | UserGender = UNSET
    phone: None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    bio: None | str | Unset = UNSET
    person_type: None | PersonType | Unset = UNSET
    cpf_cnpj: None | str | Unset = UNSET
    corporate_name: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    house_number: None | str | Unset = UNSET
    complement: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        suspended = self.suspended

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, UserGender):
            gender = self.gender.value
        else:
            gender = self.gender

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        person_type: None | str | Unset
        if isinstance(self.person_type, Unset):
            person_type = UNSET
        elif isinstance(self.person_type, PersonType):
            person_type = self.person_type.value
        else:
            person_type = self.person_type

        cpf_cnpj: None | str | Unset
        if isinstance(self.cpf_cnpj, Unset):
            cpf_cnpj = UNSET
        else:
            cpf_cnpj = self.cpf_cnpj

        corporate_name: None | str | Unset
        if isinstance(self.corporate_name, Unset):
            corporate_name = UNSET
        else:
            corporate_name = self.corporate_name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        house_number: None | str | Unset
        if isinstance(self.house_number, Unset):
            house_number = UNSET
        else:
            house_number = self.house_number

        complement: None | str | Unset
        if isinstance(self.complement, Unset):
            complement = UNSET
        else:
            complement = self.complement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if gender is not UNSET:
            field_dict["gender"] = gender
        if phone is not UNSET:
            field_dict["phone"] = phone
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if bio is not UNSET:
            field_dict["bio"] = bio
        if person_type is not UNSET:
            field_dict["person_type"] = person_type
        if cpf_cnpj is not UNSET:
            field_dict["cpf_cnpj"] = cpf_cnpj
        if corporate_name is not UNSET:
            field_dict["corporate_name"] = corporate_name
        if country is not UNSET:
            field_dict["country"] = country
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if street is not UNSET:
            field_dict["street"] = street
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if complement is not UNSET:
            field_dict["complement"] = complement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        suspended = d.pop("suspended", UNSET)

        def _parse_gender(data: object) -> None | Unset | UserGender:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = UserGender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserGender, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        def _parse_person_type(data: object) -> None | PersonType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_type_type_0 = PersonType(data)

                return person_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonType | Unset, data)

        person_type = _parse_person_type(d.pop("person_type", UNSET))

        def _parse_cpf_cnpj(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpf_cnpj = _parse_cpf_cnpj(d.pop("cpf_cnpj", UNSET))

        def _parse_corporate_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corporate_name = _parse_corporate_name(d.pop("corporate_name", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zip_code", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street = _parse_street(d.pop("street", UNSET))

        def _parse_house_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        house_number = _parse_house_number(d.pop("house_number", UNSET))

        def _parse_complement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complement = _parse_complement(d.pop("complement", UNSET))

        user_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            username=username,
            suspended=suspended,
            gender=gender,
            phone=phone,
            birth_date=birth_date,
            bio=bio,
            person_type=person_type,
            cpf_cnpj=cpf_cnpj,
            corporate_name=corporate_name,
            country=country,
            zip_code=zip_code,
            state=state,
            city=city,
            district=district,
            street=street,
            house_number=house_number,
            complement=complement,
        )

        user_request.additional_properties = d
        return user_request

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
