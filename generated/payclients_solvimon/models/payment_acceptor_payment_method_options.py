from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration import Integration
    from ..models.payment_acceptor import PaymentAcceptor
    from ..models.payment_method_option import PaymentMethodOption


T = TypeVar("T", bound="PaymentAcceptorPaymentMethodOptions")


@_attrs_define
class PaymentAcceptorPaymentMethodOptions:
    """
    Attributes:
        payment_acceptor (PaymentAcceptor | Unset): A way of accepting payments: bank account, payment gateway or
            redirect.
        integration (Integration | Unset): An integration with an outside system.
        options (list[PaymentMethodOption] | Unset):
    """

    payment_acceptor: PaymentAcceptor | Unset = UNSET
    integration: Integration | Unset = UNSET
    options: list[PaymentMethodOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_acceptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_acceptor, Unset):
            payment_acceptor = self.payment_acceptor.to_dict()

        integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.to_dict()

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_acceptor is not UNSET:
            field_dict["payment_acceptor"] = payment_acceptor
        if integration is not UNSET:
            field_dict["integration"] = integration
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration import Integration
        from ..models.payment_acceptor import PaymentAcceptor
        from ..models.payment_method_option import PaymentMethodOption

        d = dict(src_dict)
        _payment_acceptor = d.pop("payment_acceptor", UNSET)
        payment_acceptor: PaymentAcceptor | Unset
        if isinstance(_payment_acceptor, Unset):
            payment_acceptor = UNSET
        else:
            payment_acceptor = PaymentAcceptor.from_dict(_payment_acceptor)

        _integration = d.pop("integration", UNSET)
        integration: Integration | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = Integration.from_dict(_integration)

        _options = d.pop("options", UNSET)
        options: list[PaymentMethodOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = PaymentMethodOption.from_dict(options_item_data)

                options.append(options_item)

        payment_acceptor_payment_method_options = cls(
            payment_acceptor=payment_acceptor,
            integration=integration,
            options=options,
        )

        payment_acceptor_payment_method_options.additional_properties = d
        return payment_acceptor_payment_method_options

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
