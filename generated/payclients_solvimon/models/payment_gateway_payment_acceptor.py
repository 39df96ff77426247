from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_gateway_collection_type as _e_payment_gateway_collection_type
from ..models.payment_gateway_collection_type import PaymentGatewayCollectionType

if TYPE_CHECKING:
    from ..models.integration import Integration
    from ..models.payment_gateway_payment_acceptor_adyen import PaymentGatewayPaymentAcceptorAdyen
    from ..models.payment_gateway_payment_acceptor_link import PaymentGatewayPaymentAcceptorLink


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PaymentGatewayPaymentAcceptor:
    """Payment acceptor backed by a payment gateway integration.

    Attributes:
        integration_id (str | None):
        integration (Integration | None):
        store_payment_method (bool | None):
        auto_charge_payment_method (bool | None):
        collection_type (PaymentGatewayCollectionType | None): How a payment gateway collects payment.
        link (PaymentGatewayPaymentAcceptorLink | None): Payment link options of a payment acceptor.
        adyen (PaymentGatewayPaymentAcceptorAdyen | None): Adyen options of a payment acceptor.
    """

    _FIELDS = (
        "integration_id",
        "integration",
        "store_payment_method",
        "auto_charge_payment_method",
        "collection_type",
        "link",
        "adyen",
    )
    _KEYS = frozenset(
        (
            "integration_id",
            "integration",
            "store_payment_method",
            "auto_charge_payment_method",
            "collection_type",
            "link",
            "adyen",
        )
    )

    integration_id: str | None = None
    integration: Integration | None = None
    store_payment_method: bool | None = None
    auto_charge_payment_method: bool | None = None
    collection_type: PaymentGatewayCollectionType | None = _attrs_field(
        default=None, converter=_e_payment_gateway_collection_type.coerce_optional
    )
    link: PaymentGatewayPaymentAcceptorLink | None = None
    adyen: PaymentGatewayPaymentAcceptorAdyen | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.integration_id
        if _v is not None:
            _d["integration_id"] = _v
        _v = self.integration
        if _v is not None:
            _d["integration"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.store_payment_method
        if _v is not None:
            _d["store_payment_method"] = None if _v is _t.NULL else _v
        _v = self.auto_charge_payment_method
        if _v is not None:
            _d["auto_charge_payment_method"] = None if _v is _t.NULL else _v
        _v = self.collection_type
        if _v is not None:
            _d["collection_type"] = _v
        _v = self.link
        if _v is not None:
            _d["link"] = _v.to_dict()
        _v = self.adyen
        if _v is not None:
            _d["adyen"] = _v.to_dict()
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
            _key = "integration_id"
            _v = _d.get("integration_id")
            _obj.integration_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "integration"
            _v = _d.get("integration")
            _obj.integration = None if _v is None else (_models.Integration.from_dict(_v))
            _key = "store_payment_method"
            _v = _d.get("store_payment_method")
            _obj.store_payment_method = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "auto_charge_payment_method"
            _v = _d.get("auto_charge_payment_method")
            _obj.auto_charge_payment_method = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _key = "collection_type"
            _v = _d.get("collection_type")
            _obj.collection_type = (
                None
                if _v is None
                else (
                    (_e_payment_gateway_collection_type.BY_VALUE.get(_v) or PaymentGatewayCollectionType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "link"
            _v = _d.get("link")
            _obj.link = None if _v is None else (_models.PaymentGatewayPaymentAcceptorLink.from_dict(_v))
            _key = "adyen"
            _v = _d.get("adyen")
            _obj.adyen = None if _v is None else (_models.PaymentGatewayPaymentAcceptorAdyen.from_dict(_v))
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
