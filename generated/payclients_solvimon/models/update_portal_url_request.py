from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_url_status import PortalUrlStatus
from ..models.portal_url_type import PortalUrlType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_portal_url import CustomerPortalUrl
    from ..models.init_pricing_plan_subscription_portal_url import InitPricingPlanSubscriptionPortalUrl
    from ..models.invoice_portal_url import InvoicePortalUrl
    from ..models.period import Period
    from ..models.portal_url_widgets import PortalUrlWidgets
    from ..models.quote_version_portal_url import QuoteVersionPortalUrl


T = TypeVar("T", bound="UpdatePortalUrlRequest")


@_attrs_define
class UpdatePortalUrlRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        type_ (None | PortalUrlType | Unset):
        customer_id (None | str | Unset):
        status (None | PortalUrlStatus | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        expiry_period (Period | Unset): A length of time, such as 1 MONTH.
        expires_at (None | str | Unset):
        embedded (bool | None | Unset):
        template_id (None | str | Unset):
        token (None | str | Unset):
        url (None | str | Unset):
        widgets (None | PortalUrlWidgets | Unset):
        invoice (InvoicePortalUrl | Unset):
        customer (CustomerPortalUrl | Unset):
        quote_version (QuoteVersionPortalUrl | Unset):
        init_pricing_plan_subscription (InitPricingPlanSubscriptionPortalUrl | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    type_: None | PortalUrlType | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    status: None | PortalUrlStatus | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    expiry_period: Period | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    embedded: bool | None | Unset = UNSET
    template_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    widgets: None | PortalUrlWidgets | Unset = UNSET
    invoice: InvoicePortalUrl | Unset = UNSET
    customer: CustomerPortalUrl | Unset = UNSET
    quote_version: QuoteVersionPortalUrl | Unset = UNSET
    init_pricing_plan_subscription: InitPricingPlanSubscriptionPortalUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portal_url_widgets import PortalUrlWidgets

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PortalUrlType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PortalUrlStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        expiry_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_period, Unset):
            expiry_period = self.expiry_period.to_dict()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        embedded: bool | None | Unset
        if isinstance(self.embedded, Unset):
            embedded = UNSET
        else:
            embedded = self.embedded

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        widgets: dict[str, Any] | None | Unset
        if isinstance(self.widgets, Unset):
            widgets = UNSET
        elif isinstance(self.widgets, PortalUrlWidgets):
            widgets = self.widgets.to_dict()
        else:
            widgets = self.widgets

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        quote_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_version, Unset):
            quote_version = self.quote_version.to_dict()

        init_pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init_pricing_plan_subscription, Unset):
            init_pricing_plan_subscription = self.init_pricing_plan_subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expiry_period is not UNSET:
            field_dict["expiry_period"] = expiry_period
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if embedded is not UNSET:
            field_dict["embedded"] = embedded
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if token is not UNSET:
            field_dict["token"] = token
        if url is not UNSET:
            field_dict["url"] = url
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if customer is not UNSET:
            field_dict["customer"] = customer
        if quote_version is not UNSET:
            field_dict["quote_version"] = quote_version
        if init_pricing_plan_subscription is not UNSET:
            field_dict["init_pricing_plan_subscription"] = init_pricing_plan_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_portal_url import CustomerPortalUrl
        from ..models.init_pricing_plan_subscription_portal_url import InitPricingPlanSubscriptionPortalUrl
        from ..models.invoice_portal_url import InvoicePortalUrl
        from ..models.period import Period
        from ..models.portal_url_widgets import PortalUrlWidgets
        from ..models.quote_version_portal_url import QuoteVersionPortalUrl

        d = dict(src_dict)

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

        def _parse_type_(data: object) -> None | PortalUrlType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PortalUrlType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalUrlType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_status(data: object) -> None | PortalUrlStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PortalUrlStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalUrlStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _expiry_period = d.pop("expiry_period", UNSET)
        expiry_period: Period | Unset
        if isinstance(_expiry_period, Unset):
            expiry_period = UNSET
        else:
            expiry_period = Period.from_dict(_expiry_period)

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_embedded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        embedded = _parse_embedded(d.pop("embedded", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_widgets(data: object) -> None | PortalUrlWidgets | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                widgets_type_0 = PortalUrlWidgets.from_dict(data)

                return widgets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalUrlWidgets | Unset, data)

        widgets = _parse_widgets(d.pop("widgets", UNSET))

        _invoice = d.pop("invoice", UNSET)
        invoice: InvoicePortalUrl | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = InvoicePortalUrl.from_dict(_invoice)

        _customer = d.pop("customer", UNSET)
        customer: CustomerPortalUrl | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerPortalUrl.from_dict(_customer)

        _quote_version = d.pop("quote_version", UNSET)
        quote_version: QuoteVersionPortalUrl | Unset
        if isinstance(_quote_version, Unset):
            quote_version = UNSET
        else:
            quote_version = QuoteVersionPortalUrl.from_dict(_quote_version)

        _init_pricing_plan_subscription = d.pop("init_pricing_plan_subscription", UNSET)
        init_pricing_plan_subscription: InitPricingPlanSubscriptionPortalUrl | Unset
        if isinstance(_init_pricing_plan_subscription, Unset):
            init_pricing_plan_subscription = UNSET
        else:
            init_pricing_plan_subscription = InitPricingPlanSubscriptionPortalUrl.from_dict(
                _init_pricing_plan_subscription
            )

        update_portal_url_request = cls(
            object_type=object_type,
            id=id,
            type_=type_,
            customer_id=customer_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            expiry_period=expiry_period,
            expires_at=expires_at,
            embedded=embedded,
            template_id=template_id,
            token=token,
            url=url,
            widgets=widgets,
            invoice=invoice,
            customer=customer,
            quote_version=quote_version,
            init_pricing_plan_subscription=init_pricing_plan_subscription,
        )

        update_portal_url_request.additional_properties = d
        return update_portal_url_request

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
