from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import integration_status as _e_integration_status
from ..models import integration_type as _e_integration_type
from ..models.integration_status import IntegrationStatus
from ..models.integration_type import IntegrationType

if TYPE_CHECKING:
    from ..models.create_authentication_settings_request import CreateAuthenticationSettingsRequest
    from ..models.data_export_integration import DataExportIntegration
    from ..models.e_invoicing_integration import EInvoicingIntegration
    from ..models.email_provider_integration import EmailProviderIntegration
    from ..models.integration_linked_resource_configuration import IntegrationLinkedResourceConfiguration
    from ..models.payment_gateway_integration import PaymentGatewayIntegration
    from ..models.tax_calculation_integration import TaxCalculationIntegration


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateIntegrationRequest:
    """CreateIntegrationRequest

    Attributes:
        reference (str):
        type_ (IntegrationType): Kind of integration.
        object_type (str | None):
        id (str | None):
        name (str | None):
        description (str | None):
        status (IntegrationStatus | None):
        message (str | None):
        authentication (CreateAuthenticationSettingsRequest | None):
        payment_gateway (PaymentGatewayIntegration | None): Payment gateway integration settings.
        e_invoicing (EInvoicingIntegration | None): E-invoicing integration settings.
        data_export (DataExportIntegration | None): Data export integration settings.
        tax_calculation (TaxCalculationIntegration | None): Tax calculation integration settings.
        linked_resources_configurations (list[IntegrationLinkedResourceConfiguration] | None):
        email_provider (EmailProviderIntegration | None): Email provider integration settings.
    """

    _FIELDS = (
        "reference",
        "type_",
        "object_type",
        "id",
        "name",
        "description",
        "status",
        "message",
        "authentication",
        "payment_gateway",
        "e_invoicing",
        "data_export",
        "tax_calculation",
        "linked_resources_configurations",
        "email_provider",
    )
    _KEYS = frozenset(
        (
            "reference",
            "type",
            "object_type",
            "id",
            "name",
            "description",
            "status",
            "message",
            "authentication",
            "payment_gateway",
            "e_invoicing",
            "data_export",
            "tax_calculation",
            "linked_resources_configurations",
            "email_provider",
        )
    )

    reference: str
    type_: IntegrationType = _attrs_field(converter=_e_integration_type.coerce)
    object_type: str | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    status: IntegrationStatus | None = _attrs_field(default=None, converter=_e_integration_status.coerce_optional)
    message: str | None = None
    authentication: CreateAuthenticationSettingsRequest | None = None
    payment_gateway: PaymentGatewayIntegration | None = None
    e_invoicing: EInvoicingIntegration | None = None
    data_export: DataExportIntegration | None = None
    tax_calculation: TaxCalculationIntegration | None = None
    linked_resources_configurations: list[IntegrationLinkedResourceConfiguration] | None = None
    email_provider: EmailProviderIntegration | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["reference"] = self.reference
        _d["type"] = self.type_
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.message
        if _v is not None:
            _d["message"] = None if _v is _t.NULL else _v
        _v = self.authentication
        if _v is not None:
            _d["authentication"] = _v.to_dict()
        _v = self.payment_gateway
        if _v is not None:
            _d["payment_gateway"] = _v.to_dict()
        _v = self.e_invoicing
        if _v is not None:
            _d["e_invoicing"] = _v.to_dict()
        _v = self.data_export
        if _v is not None:
            _d["data_export"] = _v.to_dict()
        _v = self.tax_calculation
        if _v is not None:
            _d["tax_calculation"] = _v.to_dict()
        _v = self.linked_resources_configurations
        if _v is not None:
            _d["linked_resources_configurations"] = [_x.to_dict() for _x in _v]
        _v = self.email_provider
        if _v is not None:
            _d["email_provider"] = _v.to_dict()
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
            _key = "reference"
            _v = _d.get("reference")
            if _v is None:
                _t.missing(_d, _key)
            _obj.reference = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "type"
            _v = _d.get("type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.type_ = (
                (_e_integration_type.BY_VALUE.get(_v) or IntegrationType(_v))
                if type(_v) is str
                else _t.wrong("string", _v)
            )
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_integration_status.BY_VALUE.get(_v) or IntegrationStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "message"
            _v = _d.get("message")
            _obj.message = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "authentication"
            _v = _d.get("authentication")
            _obj.authentication = None if _v is None else (_models.CreateAuthenticationSettingsRequest.from_dict(_v))
            _key = "payment_gateway"
            _v = _d.get("payment_gateway")
            _obj.payment_gateway = None if _v is None else (_models.PaymentGatewayIntegration.from_dict(_v))
            _key = "e_invoicing"
            _v = _d.get("e_invoicing")
            _obj.e_invoicing = None if _v is None else (_models.EInvoicingIntegration.from_dict(_v))
            _key = "data_export"
            _v = _d.get("data_export")
            _obj.data_export = None if _v is None else (_models.DataExportIntegration.from_dict(_v))
            _key = "tax_calculation"
            _v = _d.get("tax_calculation")
            _obj.tax_calculation = None if _v is None else (_models.TaxCalculationIntegration.from_dict(_v))
            _key = "linked_resources_configurations"
            _v = _d.get("linked_resources_configurations")
            _obj.linked_resources_configurations = (
                None if _v is None else (_t.list_of(_v, _models.IntegrationLinkedResourceConfiguration.from_dict))
            )
            _key = "email_provider"
            _v = _d.get("email_provider")
            _obj.email_provider = None if _v is None else (_models.EmailProviderIntegration.from_dict(_v))
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
