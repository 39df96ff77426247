from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.customer_wallet_balance_status import CustomerWalletBalanceStatus
    from ..models.invoice_period import InvoicePeriod
    from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary


T = TypeVar("T", bound="CostPredictionDetails")


@_attrs_define
class CostPredictionDetails:
    """
    Attributes:
        customer_id (str | Unset):
        invoice_id (None | str | Unset):
        amount_excluding_tax (Amount | Unset): Money: a decimal quantity in a currency.
        amount_including_tax (Amount | Unset): Money: a decimal quantity in a currency.
        tax_summary (InvoiceTaxTotalSummary | Unset): Tax totals of the whole invoice.
        periods (list[InvoicePeriod] | Unset):
        pre_wallet_balance (CustomerWalletBalanceStatus | Unset):
        post_wallet_balance (CustomerWalletBalanceStatus | Unset):
    """

    customer_id: str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    amount_excluding_tax: Amount | Unset = UNSET
    amount_including_tax: Amount | Unset = UNSET
    tax_summary: InvoiceTaxTotalSummary | Unset = UNSET
    periods: list[InvoicePeriod] | Unset = UNSET
    pre_wallet_balance: CustomerWalletBalanceStatus | Unset = UNSET
    post_wallet_balance: CustomerWalletBalanceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        amount_excluding_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_excluding_tax, Unset):
            amount_excluding_tax = self.amount_excluding_tax.to_dict()

        amount_including_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_including_tax, Unset):
            amount_including_tax = self.amount_including_tax.to_dict()

        tax_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_summary, Unset):
            tax_summary = self.tax_summary.to_dict()

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        pre_wallet_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_wallet_balance, Unset):
            pre_wallet_balance = self.pre_wallet_balance.to_dict()

        post_wallet_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_wallet_balance, Unset):
            post_wallet_balance = self.post_wallet_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if amount_excluding_tax is not UNSET:
            field_dict["amount_excluding_tax"] = amount_excluding_tax
        if amount_including_tax is not UNSET:
            field_dict["amount_including_tax"] = amount_including_tax
        if tax_summary is not UNSET:
            field_dict["tax_summary"] = tax_summary
        if periods is not UNSET:
            field_dict["periods"] = periods
        if pre_wallet_balance is not UNSET:
            field_dict["pre_wallet_balance"] = pre_wallet_balance
        if post_wallet_balance is not UNSET:
            field_dict["post_wallet_balance"] = post_wallet_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.customer_wallet_balance_status import CustomerWalletBalanceStatus
        from ..models.invoice_period import InvoicePeriod
        from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary

        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        _amount_excluding_tax = d.pop("amount_excluding_tax", UNSET)
        amount_excluding_tax: Amount | Unset
        if isinstance(_amount_excluding_tax, Unset):
            amount_excluding_tax = UNSET
        else:
            amount_excluding_tax = Amount.from_dict(_amount_excluding_tax)

        _amount_including_tax = d.pop("amount_including_tax", UNSET)
        amount_including_tax: Amount | Unset
        if isinstance(_amount_including_tax, Unset):
            amount_including_tax = UNSET
        else:
            amount_including_tax = Amount.from_dict(_amount_including_tax)

        _tax_summary = d.pop("tax_summary", UNSET)
        tax_summary: InvoiceTaxTotalSummary | Unset
        if isinstance(_tax_summary, Unset):
            tax_summary = UNSET
        else:
            tax_summary = InvoiceTaxTotalSummary.from_dict(_tax_summary)

        _periods = d.pop("periods", UNSET)
        periods: list[InvoicePeriod] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                periods_item = InvoicePeriod.from_dict(periods_item_data)

                periods.append(periods_item)

        _pre_wallet_balance = d.pop("pre_wallet_balance", UNSET)
        pre_wallet_balance: CustomerWalletBalanceStatus | Unset
        if isinstance(_pre_wallet_balance, Unset):
            pre_wallet_balance = UNSET
        else:
            pre_wallet_balance = CustomerWalletBalanceStatus.from_dict(_pre_wallet_balance)

        _post_wallet_balance = d.pop("post_wallet_balance", UNSET)
        post_wallet_balance: CustomerWalletBalanceStatus | Unset
        if isinstance(_post_wallet_balance, Unset):
            post_wallet_balance = UNSET
        else:
            post_wallet_balance = CustomerWalletBalanceStatus.from_dict(_post_wallet_balance)

        cost_prediction_details = cls(
            customer_id=customer_id,
            invoice_id=invoice_id,
            amount_excluding_tax=amount_excluding_tax,
            amount_including_tax=amount_including_tax,
            tax_summary=tax_summary,
            periods=periods,
            pre_wallet_balance=pre_wallet_balance,
            post_wallet_balance=post_wallet_balance,
        )

        cost_prediction_details.additional_properties = d
        return cost_prediction_details

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
