from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_type import CreditType


T = TypeVar("T", bound="ProductItemCredits")


@_attrs_define
class ProductItemCredits:
    """Credit type of a credits-based product item.

    Attributes:
        credit_type_id (None | str | Unset):
        credit_type (CreditType | None | Unset):
    """

    credit_type_id: None | str | Unset = UNSET
    credit_type: CreditType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_type import CreditType

        credit_type_id: None | str | Unset
        if isinstance(self.credit_type_id, Unset):
            credit_type_id = UNSET
        else:
            credit_type_id = self.credit_type_id

        credit_type: dict[str, Any] | None | Unset
        if isinstance(self.credit_type, Unset):
            credit_type = UNSET
        elif isinstance(self.credit_type, CreditType):
            credit_type = self.credit_type.to_dict()
        else:
            credit_type = self.credit_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_type_id is not UNSET:
            field_dict["credit_type_id"] = credit_type_id
        if credit_type is not UNSET:
            field_dict["credit_type"] = credit_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_type import CreditType

        d = dict(src_dict)

        def _parse_credit_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_type_id = _parse_credit_type_id(d.pop("credit_type_id", UNSET))

        def _parse_credit_type(data: object) -> CreditType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_type_type_0 = CreditType.from_dict(data)

                return credit_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditType | None | Unset, data)

        credit_type = _parse_credit_type(d.pop("credit_type", UNSET))

        product_item_credits = cls(
            credit_type_id=credit_type_id,
            credit_type=credit_type,
        )

        product_item_credits.additional_properties = d
        return product_item_credits

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
