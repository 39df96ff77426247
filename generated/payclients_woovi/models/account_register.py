from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_register_status import AccountRegisterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_register_representative import AccountRegisterRepresentative
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="AccountRegister")


@_attrs_define
class AccountRegister:
    """
    Attributes:
        official_name (str | Unset):
        trade_name (str | Unset):
        type_ (str | Unset):
        tax_id (TaxId | Unset): A Brazilian tax id as returned by the API.
        status (AccountRegisterStatus | Unset):
        correlation_id (str | Unset):
        annual_revenue (float | Unset):
        rejected_reason (str | Unset):
        request_reason (None | str | Unset): Why more information was asked for; null in the docs' example.
        representatives (list[AccountRegisterRepresentative] | Unset):
    """

    official_name: str | Unset = UNSET
    trade_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    status: AccountRegisterStatus | Unset = UNSET
    correlation_id: str | Unset = UNSET
    annual_revenue: float | Unset = UNSET
    rejected_reason: str | Unset = UNSET
    request_reason: None | str | Unset = UNSET
    representatives: list[AccountRegisterRepresentative] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        official_name = self.official_name

        trade_name = self.trade_name

        type_ = self.type_

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        correlation_id = self.correlation_id

        annual_revenue = self.annual_revenue

        rejected_reason = self.rejected_reason

        request_reason: None | str | Unset
        if isinstance(self.request_reason, Unset):
            request_reason = UNSET
        else:
            request_reason = self.request_reason

        representatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.representatives, Unset):
            representatives = []
            for representatives_item_data in self.representatives:
                representatives_item = representatives_item_data.to_dict()
                representatives.append(representatives_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if official_name is not UNSET:
            field_dict["officialName"] = official_name
        if trade_name is not UNSET:
            field_dict["tradeName"] = trade_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if status is not UNSET:
            field_dict["status"] = status
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if annual_revenue is not UNSET:
            field_dict["annualRevenue"] = annual_revenue
        if rejected_reason is not UNSET:
            field_dict["rejectedReason"] = rejected_reason
        if request_reason is not UNSET:
            field_dict["requestReason"] = request_reason
        if representatives is not UNSET:
            field_dict["representatives"] = representatives

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_register_representative import AccountRegisterRepresentative
        from ..models.tax_id import TaxId

        d = dict(src_dict)
        official_name = d.pop("officialName", UNSET)

        trade_name = d.pop("tradeName", UNSET)

        type_ = d.pop("type", UNSET)

        _tax_id = d.pop("taxID", UNSET)
        tax_id: TaxId | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        _status = d.pop("status", UNSET)
        status: AccountRegisterStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccountRegisterStatus(_status)

        correlation_id = d.pop("correlationID", UNSET)

        annual_revenue = d.pop("annualRevenue", UNSET)

        rejected_reason = d.pop("rejectedReason", UNSET)

        def _parse_request_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_reason = _parse_request_reason(d.pop("requestReason", UNSET))

        _representatives = d.pop("representatives", UNSET)
        representatives: list[AccountRegisterRepresentative] | Unset = UNSET
        if _representatives is not UNSET:
            representatives = []
            for representatives_item_data in _representatives:
                representatives_item = AccountRegisterRepresentative.from_dict(representatives_item_data)

                representatives.append(representatives_item)

        account_register = cls(
            official_name=official_name,
            trade_name=trade_name,
            type_=type_,
            tax_id=tax_id,
            status=status,
            correlation_id=correlation_id,
            annual_revenue=annual_revenue,
            rejected_reason=rejected_reason,
            request_reason=request_reason,
            representatives=representatives,
        )

        account_register.additional_properties = d
        return account_register

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
