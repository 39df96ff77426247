from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_gateway_variant as _e_payment_gateway_variant
from ..models.payment_gateway_variant import PaymentGatewayVariant

if TYPE_CHECKING:
    from ..models.adyen_integration_details import AdyenIntegrationDetails
    from ..models.stripe_integration_details import StripeIntegrationDetails


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class IntegrationDetails:
    """Integration-specific data on a custom field value.

    Attributes:
        id (str | None):
        reference (str | None):
        payment_gateway_variant (PaymentGatewayVariant | None): Payment gateway provider.
        adyen (AdyenIntegrationDetails | None): Adyen data on a custom field value.
        stripe (StripeIntegrationDetails | None): Stripe data on a custom field value.
    """

    _FIELDS = (
        "id",
        "reference",
        "payment_gateway_variant",
        "adyen",
        "stripe",
    )
    _KEYS = frozenset(
        (
            "id",
            "reference",
            "payment_gateway_variant",
            "adyen",
            "stripe",
        )
    )

    id: str | None = None
    reference: str | None = None
    payment_gateway_variant: PaymentGatewayVariant | None = _attrs_field(
        default=None, converter=_e_payment_gateway_variant.coerce_optional
    )
    adyen: AdyenIntegrationDetails | None = None
    stripe: StripeIntegrationDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = None if _v is _t.NULL else _v
        _v = self.payment_gateway_variant
        if _v is not None:
            _d["payment_gateway_variant"] = _v
        _v = self.adyen
        if _v is not None:
            _d["adyen"] = _v.to_dict()
        _v = self.stripe
        if _v is not None:
            _d["stripe"] = _v.to_dict()
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "payment_gateway_variant"
            _v = _d.get("payment_gateway_variant")
            _obj.payment_gateway_variant = (
                None
                if _v is None
                else (
                    (_e_payment_gateway_variant.BY_VALUE.get(_v) or PaymentGatewayVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "adyen"
            _v = _d.get("adyen")
            _obj.adyen = None if _v is None else (_models.AdyenIntegrationDetails.from_dict(_v))
            _key = "stripe"
            _v = _d.get("stripe")
            _obj.stripe = None if _v is None else (_models.StripeIntegrationDetails.from_dict(_v))
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
