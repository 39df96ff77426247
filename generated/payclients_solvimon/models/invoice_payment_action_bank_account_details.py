from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="InvoicePaymentActionBankAccountDetails")


@_attrs_define
class InvoicePaymentActionBankAccountDetails:
    """Bank details for paying by transfer.

    Attributes:
        legal_name (str | Unset):
        country_code (str | Unset):
        iban (str | Unset):
        bic (str | Unset):
        bank_name (str | Unset):
        account_number (None | str | Unset):
        bank_code (None | str | Unset):
        sort_code (None | str | Unset):
        reference (str | Unset):
        routing_number (str | Unset):
        account_type (str | Unset):
        type_ (str | Unset):
        bank_address (Address | Unset): A postal address.
        branch (str | Unset):
        cbu (str | Unset):
        clabe (str | Unset):
    """

    legal_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    bank_code: None | str | Unset = UNSET
    sort_code: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    account_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    bank_address: Address | Unset = UNSET
    branch: str | Unset = UNSET
    cbu: str | Unset = UNSET
    clabe: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_name = self.legal_name

        country_code = self.country_code

        iban = self.iban

        bic = self.bic

        bank_name = self.bank_name

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

        sort_code: None | str | Unset
        if isinstance(self.sort_code, Unset):
            sort_code = UNSET
        else:
            sort_code = self.sort_code

        reference = self.reference

        routing_number = self.routing_number

        account_type = self.account_type

        type_ = self.type_

        bank_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_address, Unset):
            bank_address = self.bank_address.to_dict()

        branch = self.branch

        cbu = self.cbu

        clabe = self.clabe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if reference is not UNSET:
            field_dict["reference"] = reference
        if routing_number is not UNSET:
            field_dict["routing_number"] = routing_number
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bank_address is not UNSET:
            field_dict["bank_address"] = bank_address
        if branch is not UNSET:
            field_dict["branch"] = branch
        if cbu is not UNSET:
            field_dict["cbu"] = cbu
        if clabe is not UNSET:
            field_dict["clabe"] = clabe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        legal_name = d.pop("legal_name", UNSET)

        country_code = d.pop("country_code", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        bank_name = d.pop("bank_name", UNSET)

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

        def _parse_sort_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_code = _parse_sort_code(d.pop("sort_code", UNSET))

        reference = d.pop("reference", UNSET)

        routing_number = d.pop("routing_number", UNSET)

        account_type = d.pop("account_type", UNSET)

        type_ = d.pop("type", UNSET)

        _bank_address = d.pop("bank_address", UNSET)
        bank_address: Address | Unset
        if isinstance(_bank_address, Unset):
            bank_address = UNSET
        else:
            bank_address = Address.from_dict(_bank_address)

        branch = d.pop("branch", UNSET)

        cbu = d.pop("cbu", UNSET)

        clabe = d.pop("clabe", UNSET)

        invoice_payment_action_bank_account_details = cls(
            legal_name=legal_name,
            country_code=country_code,
            iban=iban,
            bic=bic,
            bank_name=bank_name,
            account_number=account_number,
            bank_code=bank_code,
            sort_code=sort_code,
            reference=reference,
            routing_number=routing_number,
            account_type=account_type,
            type_=type_,
            bank_address=bank_address,
            branch=branch,
            cbu=cbu,
            clabe=clabe,
        )

        invoice_payment_action_bank_account_details.additional_properties = d
        return invoice_payment_action_bank_account_details

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
