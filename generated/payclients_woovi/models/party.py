from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party_account import PartyAccount
    from ..models.party_holder import PartyHolder
    from ..models.party_pix_key import PartyPixKey
    from ..models.party_psp import PartyPsp
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="Party")


@_attrs_define
class Party:
    """One side (debit or credit) of a Pix transfer.

    Attributes:
        pix_key (PartyPixKey | Unset):
        account (PartyAccount | Unset):
        psp (PartyPsp | Unset):
        holder (PartyHolder | Unset):
        tax_id (TaxId | Unset): A Brazilian tax id as returned by the API.
    """

    pix_key: PartyPixKey | Unset = UNSET
    account: PartyAccount | Unset = UNSET
    psp: PartyPsp | Unset = UNSET
    holder: PartyHolder | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pix_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix_key, Unset):
            pix_key = self.pix_key.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        psp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.psp, Unset):
            psp = self.psp.to_dict()

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if account is not UNSET:
            field_dict["account"] = account
        if psp is not UNSET:
            field_dict["psp"] = psp
        if holder is not UNSET:
            field_dict["holder"] = holder
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.party_account import PartyAccount
        from ..models.party_holder import PartyHolder
        from ..models.party_pix_key import PartyPixKey
        from ..models.party_psp import PartyPsp
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        _pix_key = d.pop("pixKey", UNSET)
        pix_key: PartyPixKey | Unset
        if isinstance(_pix_key, Unset):
            pix_key = UNSET
        else:
            pix_key = PartyPixKey.from_dict(_pix_key)

        _account = d.pop("account", UNSET)
        account: PartyAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = PartyAccount.from_dict(_account)

        _psp = d.pop("psp", UNSET)
        psp: PartyPsp | Unset
        if isinstance(_psp, Unset):
            psp = UNSET
        else:
            psp = PartyPsp.from_dict(_psp)

        _holder = d.pop("holder", UNSET)
        holder: PartyHolder | Unset
        if isinstance(_holder, Unset):
            holder = UNSET
        else:
            holder = PartyHolder.from_dict(_holder)

        _tax_id = d.pop("taxID", UNSET)
        tax_id: TaxId | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        party = cls(
            pix_key=pix_key,
            account=account,
            psp=psp,
            holder=holder,
            tax_id=tax_id,
        )

        party.additional_properties = d
        return party

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
