from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_interval import SubscriptionInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSubscriptionRequest")


@_attrs_define
class PatchedSubscriptionRequest:
    """Plan fields for a partial update. Fields inferred from the n8n node's Subscription Create and Update inputs; the
    snake_case wire names are proposed.

        Attributes:
            name (str | Unset): Display name.
            slug (None | str | Unset): URL slug of the product page.
            description (None | str | Unset): Long description (may contain HTML).
            short_description (None | str | Unset): One-paragraph summary.
            syllabus (None | str | Unset): Programme / syllabus text shown on the product page.
            image (None | str | Unset): Cover image (URL in responses; how uploads work is not known).
            video (None | str | Unset): Presentation video URL.
            video_id (None | str | Unset): Id of the presentation video at its host.
            launch_date (datetime.date | None | Unset): Launch date.
            redirect (None | str | Unset): Redirect URL used by the product page.
            price (None | str | Unset): Price in BRL as a decimal string, e.g. `"197.00"`.
            password (None | str | Unset): Password protecting the product page, if any.
            access_days (int | None | Unset): Days of access granted after purchase.
            faq_active (bool | Unset): Whether the product page shows its FAQ.
            faq_base_questions (bool | Unset): Whether the platform's standard FAQ questions are included.
            client_limit_count (int | None | Unset): Maximum number of buyers / students.
            interval (SubscriptionInterval | Unset): Billing period unit of a subscription plan. The node offers Days,
                Weeks, Months and Years (fact); the lower-case wire values are proposed.
            frequency (int | None | Unset): Number of intervals between charges (e.g. 1 month, 3 months).
            max_cycles (int | None | Unset): Number of charges before the subscription ends; 0 means no limit.
            max_commission_cycles (int | None | Unset): Number of charges on which affiliates earn commission.
    """

    name: str | Unset = UNSET
    slug: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    syllabus: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    video: None | str | Unset = UNSET
    video_id: None | str | Unset = UNSET
    launch_date: datetime.date | None | Unset = UNSET
    redirect: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    access_days: int | None | Unset = UNSET
    faq_active: bool | Unset = UNSET
    faq_base_questions: bool | Unset = UNSET
    client_limit_count: int | None | Unset = UNSET
    interval: SubscriptionInterval | Unset = UNSET
    frequency: int | None | Unset = UNSET
    max_cycles: int | None | Unset = UNSET
    max_commission_cycles: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        syllabus: None | str | Unset
        if isinstance(self.syllabus, Unset):
            syllabus = UNSET
        else:
            syllabus = self.syllabus

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        video: None | str | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        else:
            video = self.video

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        launch_date: None | str | Unset
        if isinstance(self.launch_date, Unset):
            launch_date = UNSET
        elif isinstance(self.launch_date, datetime.date):
            launch_date = self.launch_date.isoformat()
        else:
            launch_date = self.launch_date

        redirect: None | str | Unset
        if isinstance(self.redirect, Unset):
            redirect = UNSET
        else:
            redirect = self.redirect

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        access_days: int | None | Unset
        if isinstance(self.access_days, Unset):
            access_days = UNSET
        else:
            access_days = self.access_days

        faq_active = self.faq_active

        faq_base_questions = self.faq_base_questions

        client_limit_count: int | None | Unset
        if isinstance(self.client_limit_count, Unset):
            client_limit_count = UNSET
        else:
            client_limit_count = self.client_limit_count

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        frequency: int | None | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        max_cycles: int | None | Unset
        if isinstance(self.max_cycles, Unset):
            max_cycles = UNSET
        else:
            max_cycles = self.max_cycles

        max_commission_cycles: int | None | Unset
        if isinstance(self.max_commission_cycles, Unset):
            max_commission_cycles = UNSET
        else:
            max_commission_cycles = self.max_commission_cycles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if syllabus is not UNSET:
            field_dict["syllabus"] = syllabus
        if image is not UNSET:
            field_dict["image"] = image
        if video is not UNSET:
            field_dict["video"] = video
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if launch_date is not UNSET:
            field_dict["launch_date"] = launch_date
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if price is not UNSET:
            field_dict["price"] = price
        if password is not UNSET:
            field_dict["password"] = password
        if access_days is not UNSET:
            field_dict["access_days"] = access_days
        if faq_active is not UNSET:
            field_dict["faq_active"] = faq_active
        if faq_base_questions is not UNSET:
            field_dict["faq_base_questions"] = faq_base_questions
        if client_limit_count is not UNSET:
            field_dict["client_limit_count"] = client_limit_count
        if interval is not UNSET:
            field_dict["interval"] = interval
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if max_cycles is not UNSET:
            field_dict["max_cycles"] = max_cycles
        if max_commission_cycles is not UNSET:
            field_dict["max_commission_cycles"] = max_commission_cycles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        def _parse_syllabus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        syllabus = _parse_syllabus(d.pop("syllabus", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_launch_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                launch_date_type_0 = datetime.date.fromisoformat(data)

                return launch_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        launch_date = _parse_launch_date(d.pop("launch_date", UNSET))

        def _parse_redirect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect = _parse_redirect(d.pop("redirect", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_access_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        access_days = _parse_access_days(d.pop("access_days", UNSET))

        faq_active = d.pop("faq_active", UNSET)

        faq_base_questions = d.pop("faq_base_questions", UNSET)

        def _parse_client_limit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_limit_count = _parse_client_limit_count(d.pop("client_limit_count", UNSET))

        _interval = d.pop("interval", UNSET)
        interval: SubscriptionInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = SubscriptionInterval(_interval)

        def _parse_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        def _parse_max_cycles(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_cycles = _parse_max_cycles(d.pop("max_cycles", UNSET))

        def _parse_max_commission_cycles(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_commission_cycles = _parse_max_commission_cycles(d.pop("max_commission_cycles", UNSET))

        patched_subscription_request = cls(
            name=name,
            slug=slug,
            description=description,
            short_description=short_description,
            syllabus=syllabus,
            image=image,
            video=video,
            video_id=video_id,
            launch_date=launch_date,
            redirect=redirect,
            price=price,
            password=password,
            access_days=access_days,
            faq_active=faq_active,
            faq_base_questions=faq_base_questions,
            client_limit_count=client_limit_count,
            interval=interval,
            frequency=frequency,
            max_cycles=max_cycles,
            max_commission_cycles=max_commission_cycles,
        )

        patched_subscription_request.additional_properties = d
        return patched_subscription_request

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
