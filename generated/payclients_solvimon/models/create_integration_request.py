from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_status import IntegrationStatus
from ..models.integration_type import IntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_authentication_settings_request import CreateAuthenticationSettingsRequest
    from ..models.data_export_integration import DataExportIntegration
    from ..models.e_invoicing_integration import EInvoicingIntegration
    from ..models.email_provider_integration import EmailProviderIntegration
    from ..models.integration_linked_resource_configuration import IntegrationLinkedResourceConfiguration
    from ..models.payment_gateway_integration import PaymentGatewayIntegration
    from ..models.tax_calculation_integration import TaxCalculationIntegration


T = TypeVar("T", bound="CreateIntegrationRequest")


@_attrs_define
class CreateIntegrationRequest:
    """
    Attributes:
        reference (str):
        type_ (IntegrationType): Kind of integration.
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (str | Unset):
        description (str | Unset):
        status (IntegrationStatus | None | Unset):
        message (None | str | Unset):
        authentication (CreateAuthenticationSettingsRequest | Unset):
        payment_gateway (PaymentGatewayIntegration | Unset): Payment gateway integration settings.
        e_invoicing (EInvoicingIntegration | Unset): E-invoicing integration settings.
        data_export (DataExportIntegration | Unset): Data export integration settings.
        tax_calculation (TaxCalculationIntegration | Unset): Tax calculation integration settings.
        linked_resources_configurations (list[IntegrationLinkedResourceConfiguration] | Unset):
        email_provider (EmailProviderIntegration | Unset): Email provider integration settings.
    """

    reference: str
    type_: IntegrationType
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: IntegrationStatus | None | Unset = UNSET
    message: None | str | Unset = UNSET
    authentication: CreateAuthenticationSettingsRequest | Unset = UNSET
    payment_gateway: PaymentGatewayIntegration | Unset = UNSET
    e_invoicing: EInvoicingIntegration | Unset = UNSET
    data_export: DataExportIntegration | Unset = UNSET
    tax_calculation: TaxCalculationIntegration | Unset = UNSET
    linked_resources_configurations: list[IntegrationLinkedResourceConfiguration] | Unset = UNSET
    email_provider: EmailProviderIntegration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        type_ = self.type_.value

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, IntegrationStatus):
            status = self.status.value
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        payment_gateway: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_gateway, Unset):
            payment_gateway = self.payment_gateway.to_dict()

        e_invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.e_invoicing, Unset):
            e_invoicing = self.e_invoicing.to_dict()

        data_export: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_export, Unset):
            data_export = self.data_export.to_dict()

        tax_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_calculation, Unset):
            tax_calculation = self.tax_calculation.to_dict()

        linked_resources_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_resources_configurations, Unset):
            linked_resources_configurations = []
            for linked_resources_configurations_item_data in self.linked_resources_configurations:
                linked_resources_configurations_item = linked_resources_configurations_item_data.to_dict()
                linked_resources_configurations.append(linked_resources_configurations_item)

        email_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_provider, Unset):
            email_provider = self.email_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "type": type_,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway
        if e_invoicing is not UNSET:
            field_dict["e_invoicing"] = e_invoicing
        if data_export is not UNSET:
            field_dict["data_export"] = data_export
        if tax_calculation is not UNSET:
            field_dict["tax_calculation"] = tax_calculation
        if linked_resources_configurations is not UNSET:
            field_dict["linked_resources_configurations"] = linked_resources_configurations
        if email_provider is not UNSET:
            field_dict["email_provider"] = email_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_authentication_settings_request import CreateAuthenticationSettingsRequest
        from ..models.data_export_integration import DataExportIntegration
        from ..models.e_invoicing_integration import EInvoicingIntegration
        from ..models.email_provider_integration import EmailProviderIntegration
        from ..models.integration_linked_resource_configuration import IntegrationLinkedResourceConfiguration
        from ..models.payment_gateway_integration import PaymentGatewayIntegration
        from ..models.tax_calculation_integration import TaxCalculationIntegration

        d = dict(src_dict)
        reference = d.pop("reference")

        type_ = IntegrationType(d.pop("type"))

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_status(data: object) -> IntegrationStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = IntegrationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _authentication = d.pop("authentication", UNSET)
        authentication: CreateAuthenticationSettingsRequest | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = CreateAuthenticationSettingsRequest.from_dict(_authentication)

        _payment_gateway = d.pop("payment_gateway", UNSET)
        payment_gateway: PaymentGatewayIntegration | Unset
        if isinstance(_payment_gateway, Unset):
            payment_gateway = UNSET
        else:
            payment_gateway = PaymentGatewayIntegration.from_dict(_payment_gateway)

        _e_invoicing = d.pop("e_invoicing", UNSET)
        e_invoicing: EInvoicingIntegration | Unset
        if isinstance(_e_invoicing, Unset):
            e_invoicing = UNSET
        else:
            e_invoicing = EInvoicingIntegration.from_dict(_e_invoicing)

        _data_export = d.pop("data_export", UNSET)
        data_export: DataExportIntegration | Unset
        if isinstance(_data_export, Unset):
            data_export = UNSET
        else:
            data_export = DataExportIntegration.from_dict(_data_export)

        _tax_calculation = d.pop("tax_calculation", UNSET)
        tax_calculation: TaxCalculationIntegration | Unset
        if isinstance(_tax_calculation, Unset):
            tax_calculation = UNSET
        else:
            tax_calculation = TaxCalculationIntegration.from_dict(_tax_calculation)

        _linked_resources_configurations = d.pop("linked_resources_configurations", UNSET)
        linked_resources_configurations: list[IntegrationLinkedResourceConfiguration] | Unset = UNSET
        if _linked_resources_configurations is not UNSET:
            linked_resources_configurations = []
            for linked_resources_configurations_item_data in _linked_resources_configurations:
                linked_resources_configurations_item = IntegrationLinkedResourceConfiguration.from_dict(
                    linked_resources_configurations_item_data
                )

                linked_resources_configurations.append(linked_resources_configurations_item)

        _email_provider = d.pop("email_provider", UNSET)
        email_provider: EmailProviderIntegration | Unset
        if isinstance(_email_provider, Unset):
            email_provider = UNSET
        else:
            email_provider = EmailProviderIntegration.from_dict(_email_provider)

        create_integration_request = cls(
            reference=reference,
            type_=type_,
            object_type=object_type,
            id=id,
            name=name,
            description=description,
            status=status,
            message=message,
            authentication=authentication,
            payment_gateway=payment_gateway,
            e_invoicing=e_invoicing,
            data_export=data_export,
            tax_calculation=tax_calculation,
            linked_resources_configurations=linked_resources_configurations,
            email_provider=email_provider,
        )

        create_integration_request.additional_properties = d
        return create_integration_request

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
