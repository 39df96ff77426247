from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.pricing_item_config_wallet_grant_amount_grant import PricingItemConfigWalletGrantAmountGrant
    from ..models.pricing_item_config_wallet_grant_credits_grant import PricingItemConfigWalletGrantCreditsGrant
    from ..models.pricing_item_config_wallet_grant_expiry_policy import PricingItemConfigWalletGrantExpiryPolicy
    from ..models.wallet_type import WalletType


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingItemConfigWalletGrant:
    """PricingItemConfigWalletGrant

    Attributes:
        wallet_type_id (str | None):
        wallet_type (WalletType | None):
        amount_grant (PricingItemConfigWalletGrantAmountGrant | None):
        credits_grant (PricingItemConfigWalletGrantCreditsGrant | None):
        expiry_policy (PricingItemConfigWalletGrantExpiryPolicy | None):
    """

    _FIELDS = (
        "wallet_type_id",
        "wallet_type",
        "amount_grant",
        "credits_grant",
        "expiry_policy",
    )
    _KEYS = frozenset(
        (
            "wallet_type_id",
            "wallet_type",
            "amount_grant",
            "credits_grant",
            "expiry_policy",
        )
    )

    wallet_type_id: str | None = None
    wallet_type: WalletType | None = None
    amount_grant: PricingItemConfigWalletGrantAmountGrant | None = None
    credits_grant: PricingItemConfigWalletGrantCreditsGrant | None = None
    expiry_policy: PricingItemConfigWalletGrantExpiryPolicy | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.wallet_type_id
        if _v is not None:
            _d["wallet_type_id"] = _v
        _v = self.wallet_type
        if _v is not None:
            _d["wallet_type"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.amount_grant
        if _v is not None:
            _d["amount_grant"] = _v.to_dict()
        _v = self.credits_grant
        if _v is not None:
            _d["credits_grant"] = _v.to_dict()
        _v = self.expiry_policy
        if _v is not None:
            _d["expiry_policy"] = _v.to_dict()
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
            _key = "wallet_type_id"
            _v = _d.get("wallet_type_id")
            _obj.wallet_type_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "wallet_type"
            _v = _d.get("wallet_type")
            _obj.wallet_type = None if _v is None else (_models.WalletType.from_dict(_v))
            _key = "amount_grant"
            _v = _d.get("amount_grant")
            _obj.amount_grant = None if _v is None else (_models.PricingItemConfigWalletGrantAmountGrant.from_dict(_v))
            _key = "credits_grant"
            _v = _d.get("credits_grant")
            _obj.credits_grant = (
                None if _v is None else (_models.PricingItemConfigWalletGrantCreditsGrant.from_dict(_v))
            )
            _key = "expiry_policy"
            _v = _d.get("expiry_policy")
            _obj.expiry_policy = (
                None if _v is None else (_models.PricingItemConfigWalletGrantExpiryPolicy.from_dict(_v))
            )
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
