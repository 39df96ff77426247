from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_version_action_accept import QuoteVersionActionAccept
    from ..models.quote_version_action_create_subscription import QuoteVersionActionCreateSubscription
    from ..models.quote_version_action_reject import QuoteVersionActionReject
    from ..models.quote_version_action_request_signature import QuoteVersionActionRequestSignature
    from ..models.quote_version_action_send import QuoteVersionActionSend
    from ..models.quote_version_action_sign import QuoteVersionActionSign


T = TypeVar("T", bound="QuoteVersionAction")


@_attrs_define
class QuoteVersionAction:
    """
    Attributes:
        created_at (None | str | Unset):
        type_ (None | str | Unset):
        status (None | str | Unset):
        send (None | QuoteVersionActionSend | Unset):
        accept (None | QuoteVersionActionAccept | Unset):
        reject (None | QuoteVersionActionReject | Unset):
        create_subscription (None | QuoteVersionActionCreateSubscription | Unset):
        request_signature (None | QuoteVersionActionRequestSignature | Unset):
        sign (None | QuoteVersionActionSign | Unset):
    """

    created_at: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    send: None | QuoteVersionActionSend | Unset = UNSET
    accept: None | QuoteVersionActionAccept | Unset = UNSET
    reject: None | QuoteVersionActionReject | Unset = UNSET
    create_subscription: None | QuoteVersionActionCreateSubscription | Unset = UNSET
    request_signature: None | QuoteVersionActionRequestSignature | Unset = UNSET
    sign: None | QuoteVersionActionSign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quote_version_action_accept import QuoteVersionActionAccept
        from ..models.quote_version_action_create_subscription import QuoteVersionActionCreateSubscription
        from ..models.quote_version_action_reject import QuoteVersionActionReject
        from ..models.quote_version_action_request_signature import QuoteVersionActionRequestSignature
        from ..models.quote_version_action_send import QuoteVersionActionSend
        from ..models.quote_version_action_sign import QuoteVersionActionSign

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        send: dict[str, Any] | None | Unset
        if isinstance(self.send, Unset):
            send = UNSET
        elif isinstance(self.send, QuoteVersionActionSend):
            send = self.send.to_dict()
        else:
            send = self.send

        accept: dict[str, Any] | None | Unset
        if isinstance(self.accept, Unset):
            accept = UNSET
        elif isinstance(self.accept, QuoteVersionActionAccept):
            accept = self.accept.to_dict()
        else:
            accept = self.accept

        reject: dict[str, Any] | None | Unset
        if isinstance(self.reject, Unset):
            reject = UNSET
        elif isinstance(self.reject, QuoteVersionActionReject):
            reject = self.reject.to_dict()
        else:
            reject = self.reject

        create_subscription: dict[str, Any] | None | Unset
        if isinstance(self.create_subscription, Unset):
            create_subscription = UNSET
        elif isinstance(self.create_subscription, QuoteVersionActionCreateSubscription):
            create_subscription = self.create_subscription.to_dict()
        else:
            create_subscription = self.create_subscription

        request_signature: dict[str, Any] | None | Unset
        if isinstance(self.request_signature, Unset):
            request_signature = UNSET
        elif isinstance(self.request_signature, QuoteVersionActionRequestSignature):
            request_signature = self.request_signature.to_dict()
        else:
            request_signature = self.request_signature

        sign: dict[str, Any] | None | Unset
        if isinstance(self.sign, Unset):
            sign = UNSET
        elif isinstance(self.sign, QuoteVersionActionSign):
            sign = self.sign.to_dict()
        else:
            sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if send is not UNSET:
            field_dict["send"] = send
        if accept is not UNSET:
            field_dict["accept"] = accept
        if reject is not UNSET:
            field_dict["reject"] = reject
        if create_subscription is not UNSET:
            field_dict["create_subscription"] = create_subscription
        if request_signature is not UNSET:
            field_dict["request_signature"] = request_signature
        if sign is not UNSET:
            field_dict["sign"] = sign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quote_version_action_accept import QuoteVersionActionAccept
        from ..models.quote_version_action_create_subscription import QuoteVersionActionCreateSubscription
        from ..models.quote_version_action_reject import QuoteVersionActionReject
        from ..models.quote_version_action_request_signature import QuoteVersionActionRequestSignature
        from ..models.quote_version_action_send import QuoteVersionActionSend
        from ..models.quote_version_action_sign import QuoteVersionActionSign

        d = dict(src_dict)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_send(data: object) -> None | QuoteVersionActionSend | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                send_type_0 = QuoteVersionActionSend.from_dict(data)

                return send_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionActionSend | Unset, data)

        send = _parse_send(d.pop("send", UNSET))

        def _parse_accept(data: object) -> None | QuoteVersionActionAccept | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accept_type_0 = QuoteVersionActionAccept.from_dict(data)

                return accept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionActionAccept | Unset, data)

        accept = _parse_accept(d.pop("accept", UNSET))

        def _parse_reject(data: object) -> None | QuoteVersionActionReject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reject_type_0 = QuoteVersionActionReject.from_dict(data)

                return reject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionActionReject | Unset, data)

        reject = _parse_reject(d.pop("reject", UNSET))

        def _parse_create_subscription(data: object) -> None | QuoteVersionActionCreateSubscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                create_subscription_type_0 = QuoteVersionActionCreateSubscription.from_dict(data)

                return create_subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionActionCreateSubscription | Unset, data)

        create_subscription = _parse_create_subscription(d.pop("create_subscription", UNSET))

        def _parse_request_signature(data: object) -> None | QuoteVersionActionRequestSignature | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_signature_type_0 = QuoteVersionActionRequestSignature.from_dict(data)

                return request_signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionActionRequestSignature | Unset, data)

        request_signature = _parse_request_signature(d.pop("request_signature", UNSET))

        def _parse_sign(data: object) -> None | QuoteVersionActionSign | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sign_type_0 = QuoteVersionActionSign.from_dict(data)

                return sign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteVersionActionSign | Unset, data)

        sign = _parse_sign(d.pop("sign", UNSET))

        quote_version_action = cls(
            created_at=created_at,
            type_=type_,
            status=status,
            send=send,
            accept=accept,
            reject=reject,
            create_subscription=create_subscription,
            request_signature=request_signature,
            sign=sign,
        )

        quote_version_action.additional_properties = d
        return quote_version_action

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
