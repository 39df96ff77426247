from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_version_status import QuoteVersionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portal_url_link import PortalUrlLink
    from ..models.pricing_plan_subscription_info import PricingPlanSubscriptionInfo
    from ..models.quote_version_action import QuoteVersionAction
    from ..models.quote_version_content import QuoteVersionContent
    from ..models.quote_version_invoices_info import QuoteVersionInvoicesInfo
    from ..models.quote_version_recipient_data import QuoteVersionRecipientData


T = TypeVar("T", bound="QuoteVersion")


@_attrs_define
class QuoteVersion:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        expires_at (datetime.datetime | None | Unset):
        quote_id (str | Unset):
        version (int | Unset):
        pricing_plan_subscription_info (None | PricingPlanSubscriptionInfo | Unset):
        content (QuoteVersionContent | Unset):
        status (None | QuoteVersionStatus | Unset):
        actions (list[QuoteVersionAction] | None | Unset):
        link (None | PortalUrlLink | Unset):
        internal_notes (list[str] | None | Unset):
        notes (list[str] | None | Unset):
        approval_request_id (None | str | Unset):
        recipients (list[QuoteVersionRecipientData] | None | Unset):
        invoices_info (None | QuoteVersionInvoicesInfo | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    quote_id: str | Unset = UNSET
    version: int | Unset = UNSET
    pricing_plan_subscription_info: None | PricingPlanSubscriptionInfo | Unset = UNSET
    content: QuoteVersionContent | Unset = UNSET
    status: None | QuoteVersionStatus | Unset = UNSET
    actions: list[QuoteVersionAction] | None | Unset = UNSET
    link: None | PortalUrlLink | Unset = UNSET
    internal_notes: list[str] | None | Unset = UNSET
    notes: list[str] | None | Unset = UNSET
    approval_request_id: None | str | Unset = UNSET
    recipients: list[QuoteVersionRecipientData] | None | Unset = UNSET
    invoices_info: None | QuoteVersionInvoicesInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portal_url_link import PortalUrlLink
        from ..models.pricing_plan_subscription_info import PricingPlanSubscriptionInfo
        from ..models.quote_version_invoices_info import QuoteVersionInvoicesInfo

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

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        quote_id = self.quote_id

        version = self.version

        pricing_plan_subscription_info: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_subscription_info, Unset):
            pricing_plan_subscription_info = UNSET
        elif isinstance(self.pricing_plan_subscription_info, PricingPlanSubscriptionInfo):
            pricing_plan_subscription_info = self.pricing_plan_subscription_info.to_dict()
        else:
            pricing_plan_subscription_info = self.pricing_plan_subscription_info

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, QuoteVersionStatus):
            status = self.status.value
        else:
            status = self.status

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, PortalUrlLink):
            link = self.link.to_dict()
        else:
            link = self.link

        internal_notes: list[str] | None | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        elif isinstance(self.internal_notes, list):
            internal_notes = self.internal_notes

        else:
            internal_notes = self.internal_notes

        notes: list[str] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = self.notes

        else:
            notes = self.notes

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        invoices_info: dict[str, Any] | None | Unset
        if isinstance(self.invoices_info, Unset):
            invoices_info = UNSET
        elif isinstance(self.invoices_info, QuoteVersionInvoicesInfo):
            invoices_info = self.invoices_info.to_dict()
        else:
            invoices_info = self.invoices_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if quote_id is not UNSET:
            field_dict["quote_id"] = quote_id
        if version is not UNSET:
            field_dict["version"] = version
        if pricing_plan_subscription_info is not UNSET:
            field_dict["pricing_plan_subscription_info"] = pricing_plan_subscription_info
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status
        if actions is not UNSET:
            field_dict["actions"] = actions
        if link is not UNSET:
            field_dict["link"] = link
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if notes is not UNSET:
            field_dict["notes"] = notes
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if invoices_info is not UNSET:
            field_dict["invoices_info"] = invoices_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.portal_url_link import PortalUrlLink
        from ..models.pricing_plan_subscription_info import PricingPlanSubscriptionInfo
        from ..models.quote_version_action import QuoteVersionAction
        from ..models.quote_version_content import QuoteVersionContent
        from ..models.quote_version_invoices_info import QuoteVersionInvoicesInfo
        from ..models.quote_version_recipient_data import QuoteVersionRecipientData

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

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        quote_id = d.pop("quote_id", UNSET)

        version = d.pop("version", UNSET)

        def _parse_pricing_plan_subscription_info(data: object) -> None | PricingPlanSubscriptionInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_subscription_info_type_0 = PricingPlanSubscriptionInfo.from_dict(data)

                return pricing_plan_subscription_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionInfo | Unset, data)

        pricing_plan_subscription_info = _parse_pricing_plan_subscription_info(
            d.pop("pricing_plan_subscription_info", UNSET)
        )

        _content = d.pop("content", UNSET)
        content: QuoteVersionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = QuoteVersionContent.from_dict(_content)

        def _parse_status(data: object) -> None | QuoteVersionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = QuoteVersionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_actions(data: object) -> list[QuoteVersionAction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:
                    actions_type_0_item = QuoteVersionAction.from_dict(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuoteVersionAction] | None | Unset, data)

        actions = _parse_actions(d.pop("actions", UNSET))

        def _parse_link(data: object) -> None | PortalUrlLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = PortalUrlLink.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalUrlLink | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_internal_notes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                internal_notes_type_0 = cast(list[str], data)

                return internal_notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("internal_notes", UNSET))

        def _parse_notes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = cast(list[str], data)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        def _parse_recipients(data: object) -> list[QuoteVersionRecipientData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = QuoteVersionRecipientData.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuoteVersionRecipientData] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        def _parse_invoices_info(data: object) -> None | QuoteVersionInvoicesInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoices_info_type_0 = QuoteVersionInvoicesInfo.from_dict(data)

                return invoices_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionInvoicesInfo | Unset, data)

        invoices_info = _parse_invoices_info(d.pop("invoices_info", UNSET))

        quote_version = cls(
            object_type=object_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            expires_at=expires_at,
            quote_id=quote_id,
            version=version,
            pricing_plan_subscription_info=pricing_plan_subscription_info,
            content=content,
            status=status,
            actions=actions,
            link=link,
            internal_notes=internal_notes,
            notes=notes,
            approval_request_id=approval_request_id,
            recipients=recipients,
            invoices_info=invoices_info,
        )

        quote_version.additional_properties = d
        return quote_version

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
