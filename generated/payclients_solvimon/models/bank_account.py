from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_type import BankAccountType
from ..models.deposit_account_type import DepositAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_number_and_bic import AccountNumberAndBic
    from ..models.address import Address
    from ..models.ar_local import ARLocal
    from ..models.br_local import BRLocal
    from ..models.mx_local import MXLocal
    from ..models.uk_local import UKLocal
    from ..models.us_local import USLocal


T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """Bank account details of a payment acceptor.

    Attributes:
        type_ (BankAccountType | None | Unset):
        iban (None | str | Unset):
        country (None | str | Unset):
        bic (None | str | Unset):
        bank_name (None | str | Unset):
        bank_address (Address | Unset): A postal address.
        account_number (None | str | Unset):
        bank_code (None | str | Unset):
        routing_number (None | str | Unset):
        account_type (DepositAccountType | None | Unset):
        account_number_and_bic (AccountNumberAndBic | Unset): Account number with BIC, for accounts without IBAN.
        uk_local (UKLocal | Unset): UK bank account details.
        us_local (USLocal | Unset): US bank account details.
        br_local (BRLocal | Unset): Brazilian bank account details.
        ar_local (ARLocal | Unset): Argentine bank account details.
        mx_local (MXLocal | Unset): Mexican bank account details.
    """

    type_: BankAccountType | None | Unset = UNSET
    iban: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    bank_address: Address | Unset = UNSET
    account_number: None | str | Unset = UNSET
    bank_code: None | str | Unset = UNSET
    routing_number: None | str | Unset = UNSET
    account_type: DepositAccountType | None | Unset = UNSET
    account_number_and_bic: AccountNumberAndBic | Unset = UNSET
    uk_local: UKLocal | Unset = UNSET
    us_local: USLocal | Unset = UNSET
    br_local: BRLocal | Unset = UNSET
    ar_local: ARLocal | Unset = UNSET
    mx_local: MXLocal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BankAccountType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        bic: None | str | Unset
        if isinstance(self.bic, Unset):
            bic = UNSET
        else:
            bic = self.bic

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        bank_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_address, Unset):
            bank_address = self.bank_address.to_dict()

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        bank_code: None | str | Unset
        if isinstance(self.bank_code, Unset):
            bank_code = UNSET
        else:
            bank_code = self.bank_code

        routing_number: None | str | Unset
        if isinstance(self.routing_number, Unset):
            routing_number = UNSET
        else:
            routing_number = self.routing_number

        account_type: None | str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        elif isinstance(self.account_type, DepositAccountType):
            account_type = self.account_type.value
        else:
            account_type = self.account_type

        account_number_and_bic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number_and_bic, Unset):
            account_number_and_bic = self.account_number_and_bic.to_dict()

        uk_local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uk_local, Unset):
            uk_local = self.uk_local.to_dict()

        us_local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_local, Unset):
            us_local = self.us_local.to_dict()

        br_local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.br_local, Unset):
            br_local = self.br_local.to_dict()

        ar_local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_local, Unset):
            ar_local = self.ar_local.to_dict()

        mx_local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mx_local, Unset):
            mx_local = self.mx_local.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if iban is not UNSET:
            field_dict["iban"] = iban
        if country is not UNSET:
            field_dict["country"] = country
        if bic is not UNSET:
            field_dict["bic"] = bic
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_address is not UNSET:
            field_dict["bank_address"] = bank_address
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if routing_number is not UNSET:
            field_dict["routing_number"] = routing_number
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if account_number_and_bic is not UNSET:
            field_dict["account_number_and_bic"] = account_number_and_bic
        if uk_local is not UNSET:
            field_dict["uk_local"] = uk_local
        if us_local is not UNSET:
            field_dict["us_local"] = us_local
        if br_local is not UNSET:
            field_dict["br_local"] = br_local
        if ar_local is not UNSET:
            field_dict["ar_local"] = ar_local
        if mx_local is not UNSET:
            field_dict["mx_local"] = mx_local

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_number_and_bic import AccountNumberAndBic
        from ..models.address import Address
        from ..models.ar_local import ARLocal
        from ..models.br_local import BRLocal
        from ..models.mx_local import MXLocal
        from ..models.uk_local import UKLocal
        from ..models.us_local import USLocal

        d = dict(src_dict)

        def _parse_type_(data: object) -> BankAccountType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = BankAccountType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankAccountType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_bic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bic = _parse_bic(d.pop("bic", UNSET))

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        _bank_address = d.pop("bank_address", UNSET)
        bank_address: Address | Unset
        if isinstance(_bank_address, Unset):
            bank_address = UNSET
        else:
            bank_address = Address.from_dict(_bank_address)

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_bank_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_code = _parse_bank_code(d.pop("bank_code", UNSET))

        def _parse_routing_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        routing_number = _parse_routing_number(d.pop("routing_number", UNSET))

        def _parse_account_type(data: object) -> DepositAccountType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_type_type_0 = DepositAccountType(data)

                return account_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepositAccountType | None | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

        _account_number_and_bic = d.pop("account_number_and_bic", UNSET)
        account_number_and_bic: AccountNumberAndBic | Unset
        if isinstance(_account_number_and_bic, Unset):
            account_number_and_bic = UNSET
        else:
            account_number_and_bic = AccountNumberAndBic.from_dict(_account_number_and_bic)

        _uk_local = d.pop("uk_local", UNSET)
        uk_local: UKLocal | Unset
        if isinstance(_uk_local, Unset):
            uk_local = UNSET
        else:
            uk_local = UKLocal.from_dict(_uk_local)

        _us_local = d.pop("us_local", UNSET)
        us_local: USLocal | Unset
        if isinstance(_us_local, Unset):
            us_local = UNSET
        else:
            us_local = USLocal.from_dict(_us_local)

        _br_local = d.pop("br_local", UNSET)
        br_local: BRLocal | Unset
        if isinstance(_br_local, Unset):
            br_local = UNSET
        else:
            br_local = BRLocal.from_dict(_br_local)

        _ar_local = d.pop("ar_local", UNSET)
        ar_local: ARLocal | Unset
        if isinstance(_ar_local, Unset):
            ar_local = UNSET
        else:
            ar_local = ARLocal.from_dict(_ar_local)

        _mx_local = d.pop("mx_local", UNSET)
        mx_local: MXLocal | Unset
        if isinstance(_mx_local, Unset):
            mx_local = UNSET
        else:
            mx_local = MXLocal.from_dict(_mx_local)

        bank_account = cls(
            type_=type_,
            iban=iban,
            country=country,
            bic=bic,
            bank_name=bank_name,
            bank_address=bank_address,
            account_number=account_number,
            bank_code=bank_code,
            routing_number=routing_number,
            account_type=account_type,
            account_number_and_bic=account_number_and_bic,
            uk_local=uk_local,
            us_local=us_local,
            br_local=br_local,
            ar_local=ar_local,
            mx_local=mx_local,
        )

        bank_account.additional_properties = d
        return bank_account

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
