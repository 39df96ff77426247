from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="PaymentDestination")


@_attrs_define
class PaymentDestination:
    """Who received the payment, as reported by the Pix network.

    Attributes:
        name (str | Unset):
        tax_id (str | TaxId | Unset):
        pix_key (str | Unset):
        bank (str | Unset):
        bank_name (str | Unset):
        ispb (str | Unset):
        branch (str | Unset):
        account (str | Unset):
        account_type (str | Unset):
    """

    name: str | Unset = UNSET
    tax_id: str | TaxId | Unset = UNSET
    pix_key: str | Unset = UNSET
    bank: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    ispb: str | Unset = UNSET
    branch: str | Unset = UNSET
    account: str | Unset = UNSET
    account_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tax_id import TaxId

        name = self.name

        tax_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        elif isinstance(self.tax_id, TaxId):
            tax_id = self.tax_id.to_dict()
        else:
            tax_id = self.tax_id

        pix_key = self.pix_key

        bank = self.bank

        bank_name = self.bank_name

        ispb = self.ispb

        branch = self.branch

        account = self.account

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if bank is not UNSET:
            field_dict["bank"] = bank
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if ispb is not UNSET:
            field_dict["ispb"] = ispb
        if branch is not UNSET:
            field_dict["branch"] = branch
        if account is not UNSET:
            field_dict["account"] = account
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_tax_id(data: object) -> str | TaxId | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_id_type_0 = TaxId.from_dict(data)

                return tax_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaxId | Unset, data)

        tax_id = _parse_tax_id(d.pop("taxID", UNSET))

        pix_key = d.pop("pixKey", UNSET)

        bank = d.pop("bank", UNSET)

        bank_name = d.pop("bankName", UNSET)

        ispb = d.pop("ispb", UNSET)

        branch = d.pop("branch", UNSET)

        account = d.pop("account", UNSET)

        account_type = d.pop("accountType", UNSET)

        payment_destination = cls(
            name=name,
            tax_id=tax_id,
            pix_key=pix_key,
            bank=bank,
            bank_name=bank_name,
            ispb=ispb,
            branch=branch,
            account=account,
            account_type=account_type,
        )

        payment_destination.additional_properties = d
        return payment_destination

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
