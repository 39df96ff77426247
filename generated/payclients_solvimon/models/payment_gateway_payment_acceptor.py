from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_gateway_collection_type import PaymentGatewayCollectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration import Integration
    from ..models.payment_gateway_payment_acceptor_adyen import PaymentGatewayPaymentAcceptorAdyen
    from ..models.payment_gateway_payment_acceptor_link import PaymentGatewayPaymentAcceptorLink


T = TypeVar("T", bound="PaymentGatewayPaymentAcceptor")


@_attrs_define
class PaymentGatewayPaymentAcceptor:
    """Payment acceptor backed by a payment gateway integration.

    Attributes:
        integration_id (str | Unset):
        integration (Integration | None | Unset):
        store_payment_method (bool | None | Unset):
        auto_charge_payment_method (bool | None | Unset):
        collection_type (PaymentGatewayCollectionType | Unset): How a payment gateway collects payment.
        link (PaymentGatewayPaymentAcceptorLink | Unset): Payment link options of a payment acceptor.
        adyen (PaymentGatewayPaymentAcceptorAdyen | Unset): Adyen options of a payment acceptor.
    """

    integration_id: str | Unset = UNSET
    integration: Integration | None | Unset = UNSET
    store_payment_method: bool | None | Unset = UNSET
    auto_charge_payment_method: bool | None | Unset = UNSET
    collection_type: PaymentGatewayCollectionType | Unset = UNSET
    link: PaymentGatewayPaymentAcceptorLink | Unset = UNSET
    adyen: PaymentGatewayPaymentAcceptorAdyen | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration import Integration

        integration_id = self.integration_id

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, Integration):
            integration = self.integration.to_dict()
        else:
            integration = self.integration

        store_payment_method: bool | None | Unset
        if isinstance(self.store_payment_method, Unset):
            store_payment_method = UNSET
        else:
            store_payment_method = self.store_payment_method

        auto_charge_payment_method: bool | None | Unset
        if isinstance(self.auto_charge_payment_method, Unset):
            auto_charge_payment_method = UNSET
        else:
            auto_charge_payment_method = self.auto_charge_payment_method

        collection_type: str | Unset = UNSET
        if not isinstance(self.collection_type, Unset):
            collection_type = self.collection_type.value

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration is not UNSET:
            field_dict["integration"] = integration
        if store_payment_method is not UNSET:
            field_dict["store_payment_method"] = store_payment_method
        if auto_charge_payment_method is not UNSET:
            field_dict["auto_charge_payment_method"] = auto_charge_payment_method
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        if link is not UNSET:
            field_dict["link"] = link
        if adyen is not UNSET:
            field_dict["adyen"] = adyen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration import Integration
        from ..models.payment_gateway_payment_acceptor_adyen import PaymentGatewayPaymentAcceptorAdyen
        from ..models.payment_gateway_payment_acceptor_link import PaymentGatewayPaymentAcceptorLink

        d = dict(src_dict)
        integration_id = d.pop("integration_id", UNSET)

        def _parse_integration(data: object) -> Integration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_type_0 = Integration.from_dict(data)

                return integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Integration | None | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        def _parse_store_payment_method(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store_payment_method = _parse_store_payment_method(d.pop("store_payment_method", UNSET))

        def _parse_auto_charge_payment_method(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_charge_payment_method = _parse_auto_charge_payment_method(d.pop("auto_charge_payment_method", UNSET))

        _collection_type = d.pop("collection_type", UNSET)
        collection_type: PaymentGatewayCollectionType | Unset
        if isinstance(_collection_type, Unset):
            collection_type = UNSET
        else:
            collection_type = PaymentGatewayCollectionType(_collection_type)

        _link = d.pop("link", UNSET)
        link: PaymentGatewayPaymentAcceptorLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = PaymentGatewayPaymentAcceptorLink.from_dict(_link)

        _adyen = d.pop("adyen", UNSET)
        adyen: PaymentGatewayPaymentAcceptorAdyen | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = PaymentGatewayPaymentAcceptorAdyen.from_dict(_adyen)

        payment_gateway_payment_acceptor = cls(
            integration_id=integration_id,
            integration=integration,
            store_payment_method=store_payment_method,
            auto_charge_payment_method=auto_charge_payment_method,
            collection_type=collection_type,
            link=link,
            adyen=adyen,
        )

        payment_gateway_payment_acceptor.additional_properties = d
        return payment_gateway_payment_acceptor

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
