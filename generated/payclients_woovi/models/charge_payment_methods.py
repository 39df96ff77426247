from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_payment import BoletoPayment
    from ..models.charge_pix_payment_method import ChargePixPaymentMethod


T = TypeVar("T", bound="ChargePaymentMethods")


@_attrs_define
class ChargePaymentMethods:
    """
    Attributes:
        pix (ChargePixPaymentMethod | None | Unset):
        boleto (BoletoPayment | None | Unset):
    """

    pix: ChargePixPaymentMethod | None | Unset = UNSET
    boleto: BoletoPayment | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boleto_payment import BoletoPayment
        from ..models.charge_pix_payment_method import ChargePixPaymentMethod

        pix: dict[str, Any] | None | Unset
        if isinstance(self.pix, Unset):
            pix = UNSET
        elif isinstance(self.pix, ChargePixPaymentMethod):
            pix = self.pix.to_dict()
        else:
            pix = self.pix

        boleto: dict[str, Any] | None | Unset
        if isinstance(self.boleto, Unset):
            boleto = UNSET
        elif isinstance(self.boleto, BoletoPayment):
            boleto = self.boleto.to_dict()
        else:
            boleto = self.boleto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix is not UNSET:
            field_dict["pix"] = pix
        if boleto is not UNSET:
            field_dict["boleto"] = boleto

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_payment import BoletoPayment
        from ..models.charge_pix_payment_method import ChargePixPaymentMethod

        d = dict(src_dict)

        def _parse_pix(data: object) -> ChargePixPaymentMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_type_0 = ChargePixPaymentMethod.from_dict(data)

                return pix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargePixPaymentMethod | None | Unset, data)

        pix = _parse_pix(d.pop("pix", UNSET))

        def _parse_boleto(data: object) -> BoletoPayment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                boleto_type_0 = BoletoPayment.from_dict(data)

                return boleto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoletoPayment | None | Unset, data)

        boleto = _parse_boleto(d.pop("boleto", UNSET))

        charge_payment_methods = cls(
            pix=pix,
            boleto=boleto,
        )

        charge_payment_methods.additional_properties = d
        return charge_payment_methods

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
