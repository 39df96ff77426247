from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_provider_variant import EmailProviderVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailgun_email_provider import MailgunEmailProvider
    from ..models.period import Period


T = TypeVar("T", bound="EmailProviderIntegration")


@_attrs_define
class EmailProviderIntegration:
    """Email provider integration settings.

    Attributes:
        variant (EmailProviderVariant | Unset): Email provider.
        mailgun (MailgunEmailProvider | Unset): Mailgun settings.
        delivery_window (Period | Unset): A length of time, such as 1 MONTH.
        use_localized_templates (bool | None | Unset):
    """

    variant: EmailProviderVariant | Unset = UNSET
    mailgun: MailgunEmailProvider | Unset = UNSET
    delivery_window: Period | Unset = UNSET
    use_localized_templates: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        mailgun: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailgun, Unset):
            mailgun = self.mailgun.to_dict()

        delivery_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_window, Unset):
            delivery_window = self.delivery_window.to_dict()

        use_localized_templates: bool | None | Unset
        if isinstance(self.use_localized_templates, Unset):
            use_localized_templates = UNSET
        else:
            use_localized_templates = self.use_localized_templates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if mailgun is not UNSET:
            field_dict["mailgun"] = mailgun
        if delivery_window is not UNSET:
            field_dict["delivery_window"] = delivery_window
        if use_localized_templates is not UNSET:
            field_dict["use_localized_templates"] = use_localized_templates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailgun_email_provider import MailgunEmailProvider
        from ..models.period import Period

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: EmailProviderVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = EmailProviderVariant(_variant)

        _mailgun = d.pop("mailgun", UNSET)
        mailgun: MailgunEmailProvider | Unset
        if isinstance(_mailgun, Unset):
            mailgun = UNSET
        else:
            mailgun = MailgunEmailProvider.from_dict(_mailgun)

        _delivery_window = d.pop("delivery_window", UNSET)
        delivery_window: Period | Unset
        if isinstance(_delivery_window, Unset):
            delivery_window = UNSET
        else:
            delivery_window = Period.from_dict(_delivery_window)

        def _parse_use_localized_templates(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_localized_templates = _parse_use_localized_templates(d.pop("use_localized_templates", UNSET))

        email_provider_integration = cls(
            variant=variant,
            mailgun=mailgun,
            delivery_window=delivery_window,
            use_localized_templates=use_localized_templates,
        )

        email_provider_integration.additional_properties = d
        return email_provider_integration

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
