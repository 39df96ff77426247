from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import email_provider_variant as _e_email_provider_variant
from ..models.email_provider_variant import EmailProviderVariant

if TYPE_CHECKING:
    from ..models.mailgun_email_provider import MailgunEmailProvider
    from ..models.period import Period


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EmailProviderIntegration:
    """Email provider integration settings.

    Attributes:
        variant (EmailProviderVariant | None): Email provider.
        mailgun (MailgunEmailProvider | None): Mailgun settings.
        delivery_window (Period | None): A length of time, such as 1 MONTH.
        use_localized_templates (bool | None):
    """

    _FIELDS = (
        "variant",
        "mailgun",
        "delivery_window",
        "use_localized_templates",
    )
    _KEYS = frozenset(
        (
            "variant",
            "mailgun",
            "delivery_window",
            "use_localized_templates",
        )
    )

    variant: EmailProviderVariant | None = _attrs_field(
        default=None, converter=_e_email_provider_variant.coerce_optional
    )
    mailgun: MailgunEmailProvider | None = None
    delivery_window: Period | None = None
    use_localized_templates: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.variant
        if _v is not None:
            _d["variant"] = _v
        _v = self.mailgun
        if _v is not None:
            _d["mailgun"] = _v.to_dict()
        _v = self.delivery_window
        if _v is not None:
            _d["delivery_window"] = _v.to_dict()
        _v = self.use_localized_templates
        if _v is not None:
            _d["use_localized_templates"] = None if _v is _t.NULL else _v
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
            _key = "variant"
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_email_provider_variant.BY_VALUE.get(_v) or EmailProviderVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "mailgun"
            _v = _d.get("mailgun")
            _obj.mailgun = None if _v is None else (_models.MailgunEmailProvider.from_dict(_v))
            _key = "delivery_window"
            _v = _d.get("delivery_window")
            _obj.delivery_window = None if _v is None else (_models.Period.from_dict(_v))
            _key = "use_localized_templates"
            _v = _d.get("use_localized_templates")
            _obj.use_localized_templates = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
