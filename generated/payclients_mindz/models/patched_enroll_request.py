from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedEnrollRequest")


@_attrs_define
class PatchedEnrollRequest:
    """Enrollment fields for a partial update (e.g. extend `expiry_date`).

    Attributes:
        user (int | Unset): Id of the enrolled user (proposed).
        course (int | None | Unset): Id of the course the user is enrolled in (proposed).
        bundle (int | None | Unset): Id of the bundle the enrollment comes from (proposed).
        subscription (int | None | Unset): Id of the subscription plan the enrollment comes from (proposed).
        expiry_date (datetime.datetime | None | Unset): When access ends (inferred from the node's Enroll Update input
            "Expiry Date", a date-time).
        payment (int | None | Unset): Id of the payment behind the enrollment (inferred from the node's "Payment ID"
            input).
    """

    user: int | Unset = UNSET
    course: int | None | Unset = UNSET
    bundle: int | None | Unset = UNSET
    subscription: int | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    payment: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        course: int | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        else:
            course = self.course

        bundle: int | None | Unset
        if isinstance(self.bundle, Unset):
            bundle = UNSET
        else:
            bundle = self.bundle

        subscription: int | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        else:
            subscription = self.subscription

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        payment: int | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if course is not UNSET:
            field_dict["course"] = course
        if bundle is not UNSET:
            field_dict["bundle"] = bundle
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user", UNSET)

        def _parse_course(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        course = _parse_course(d.pop("course", UNSET))

        def _parse_bundle(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bundle = _parse_bundle(d.pop("bundle", UNSET))

        def _parse_subscription(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_payment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment = _parse_payment(d.pop("payment", UNSET))

        patched_enroll_request = cls(
            user=user,
            course=course,
            bundle=bundle,
            subscription=subscription,
            expiry_date=expiry_date,
            payment=payment,
        )

        patched_enroll_request.additional_properties = d
        return patched_enroll_request

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
