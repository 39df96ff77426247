from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_transaction import BoletoTransaction
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="BoletoTransactionPage")


@_attrs_define
class BoletoTransactionPage:
    """
    Attributes:
        status (str | Unset):
        page_info (PageInfo | Unset): Offset pagination block. Ask for the next page with skip + limit while hasNextPage
            is true.
        boleto_transactions (list[BoletoTransaction] | Unset):
    """

    status: str | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    boleto_transactions: list[BoletoTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        boleto_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.boleto_transactions, Unset):
            boleto_transactions = []
            for boleto_transactions_item_data in self.boleto_transactions:
                boleto_transactions_item = boleto_transactions_item_data.to_dict()
                boleto_transactions.append(boleto_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info
        if boleto_transactions is not UNSET:
            field_dict["boletoTransactions"] = boleto_transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_transaction import BoletoTransaction
        from ..models.page_info import PageInfo

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _page_info = d.pop("pageInfo", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        _boleto_transactions = d.pop("boletoTransactions", UNSET)
        boleto_transactions: list[BoletoTransaction] | Unset = UNSET
        if _boleto_transactions is not UNSET:
            boleto_transactions = []
            for boleto_transactions_item_data in _boleto_transactions:
                boleto_transactions_item = BoletoTransaction.from_dict(boleto_transactions_item_data)

                boleto_transactions.append(boleto_transactions_item)

        boleto_transaction_page = cls(
            status=status,
            page_info=page_info,
            boleto_transactions=boleto_transactions,
        )

        boleto_transaction_page.additional_properties = d
        return boleto_transaction_page

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
