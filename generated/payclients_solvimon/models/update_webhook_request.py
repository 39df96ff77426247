from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_authentication_type import WebhookAuthenticationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.penalty_box_data import PenaltyBoxData


T = TypeVar("T", bound="UpdateWebhookRequest")


@_attrs_define
class UpdateWebhookRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        username (None | str | Unset):
        password (None | str | Unset):
        api_header_field (None | str | Unset):
        api_key (None | str | Unset):
        url (None | str | Unset):
        included_actions (list[str] | None | Unset):
        excluded_actions (list[str] | None | Unset):
        active (bool | Unset):
        penalty_box (None | str | Unset):
        secret_key (None | str | Unset):
        signing_protocol (None | str | Unset):
        previous_secret_key (None | str | Unset):
        previous_signing_protocol (None | str | Unset):
        secret_rolled_at (None | str | Unset):
        include_previous_data (bool | Unset):
        authentication_type (WebhookAuthenticationType | Unset):
        penalty_box_data (None | PenaltyBoxData | Unset):
        name (None | str | Unset):
        reference (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    api_header_field: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    included_actions: list[str] | None | Unset = UNSET
    excluded_actions: list[str] | None | Unset = UNSET
    active: bool | Unset = UNSET
    penalty_box: None | str | Unset = UNSET
    secret_key: None | str | Unset = UNSET
    signing_protocol: None | str | Unset = UNSET
    previous_secret_key: None | str | Unset = UNSET
    previous_signing_protocol: None | str | Unset = UNSET
    secret_rolled_at: None | str | Unset = UNSET
    include_previous_data: bool | Unset = UNSET
    authentication_type: WebhookAuthenticationType | Unset = UNSET
    penalty_box_data: None | PenaltyBoxData | Unset = UNSET
    name: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.penalty_box_data import PenaltyBoxData

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

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        api_header_field: None | str | Unset
        if isinstance(self.api_header_field, Unset):
            api_header_field = UNSET
        else:
            api_header_field = self.api_header_field

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        included_actions: list[str] | None | Unset
        if isinstance(self.included_actions, Unset):
            included_actions = UNSET
        elif isinstance(self.included_actions, list):
            included_actions = self.included_actions

        else:
            included_actions = self.included_actions

        excluded_actions: list[str] | None | Unset
        if isinstance(self.excluded_actions, Unset):
            excluded_actions = UNSET
        elif isinstance(self.excluded_actions, list):
            excluded_actions = self.excluded_actions

        else:
            excluded_actions = self.excluded_actions

        active = self.active

        penalty_box: None | str | Unset
        if isinstance(self.penalty_box, Unset):
            penalty_box = UNSET
        else:
            penalty_box = self.penalty_box

        secret_key: None | str | Unset
        if isinstance(self.secret_key, Unset):
            secret_key = UNSET
        else:
            secret_key = self.secret_key

        signing_protocol: None | str | Unset
        if isinstance(self.signing_protocol, Unset):
            signing_protocol = UNSET
        else:
            signing_protocol = self.signing_protocol

        previous_secret_key: None | str | Unset
        if isinstance(self.previous_secret_key, Unset):
            previous_secret_key = UNSET
        else:
            previous_secret_key = self.previous_secret_key

        previous_signing_protocol: None | str | Unset
        if isinstance(self.previous_signing_protocol, Unset):
            previous_signing_protocol = UNSET
        else:
            previous_signing_protocol = self.previous_signing_protocol

        secret_rolled_at: None | str | Unset
        if isinstance(self.secret_rolled_at, Unset):
            secret_rolled_at = UNSET
        else:
            secret_rolled_at = self.secret_rolled_at

        include_previous_data = self.include_previous_data

        authentication_type: str | Unset = UNSET
        if not isinstance(self.authentication_type, Unset):
            authentication_type = self.authentication_type.value

        penalty_box_data: dict[str, Any] | None | Unset
        if isinstance(self.penalty_box_data, Unset):
            penalty_box_data = UNSET
        elif isinstance(self.penalty_box_data, PenaltyBoxData):
            penalty_box_data = self.penalty_box_data.to_dict()
        else:
            penalty_box_data = self.penalty_box_data

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if api_header_field is not UNSET:
            field_dict["api_header_field"] = api_header_field
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if url is not UNSET:
            field_dict["url"] = url
        if included_actions is not UNSET:
            field_dict["included_actions"] = included_actions
        if excluded_actions is not UNSET:
            field_dict["excluded_actions"] = excluded_actions
        if active is not UNSET:
            field_dict["active"] = active
        if penalty_box is not UNSET:
            field_dict["penalty_box"] = penalty_box
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if signing_protocol is not UNSET:
            field_dict["signing_protocol"] = signing_protocol
        if previous_secret_key is not UNSET:
            field_dict["previous_secret_key"] = previous_secret_key
        if previous_signing_protocol is not UNSET:
            field_dict["previous_signing_protocol"] = previous_signing_protocol
        if secret_rolled_at is not UNSET:
            field_dict["secret_rolled_at"] = secret_rolled_at
        if include_previous_data is not UNSET:
            field_dict["include_previous_data"] = include_previous_data
        if authentication_type is not UNSET:
            field_dict["authentication_type"] = authentication_type
        if penalty_box_data is not UNSET:
            field_dict["penalty_box_data"] = penalty_box_data
        if name is not UNSET:
            field_dict["name"] = name
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.penalty_box_data import PenaltyBoxData

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

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_api_header_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_header_field = _parse_api_header_field(d.pop("api_header_field", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_included_actions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_actions_type_0 = cast(list[str], data)

                return included_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        included_actions = _parse_included_actions(d.pop("included_actions", UNSET))

        def _parse_excluded_actions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_actions_type_0 = cast(list[str], data)

                return excluded_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        excluded_actions = _parse_excluded_actions(d.pop("excluded_actions", UNSET))

        active = d.pop("active", UNSET)

        def _parse_penalty_box(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        penalty_box = _parse_penalty_box(d.pop("penalty_box", UNSET))

        def _parse_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key = _parse_secret_key(d.pop("secret_key", UNSET))

        def _parse_signing_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signing_protocol = _parse_signing_protocol(d.pop("signing_protocol", UNSET))

        def _parse_previous_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_secret_key = _parse_previous_secret_key(d.pop("previous_secret_key", UNSET))

        def _parse_previous_signing_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_signing_protocol = _parse_previous_signing_protocol(d.pop("previous_signing_protocol", UNSET))

        def _parse_secret_rolled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_rolled_at = _parse_secret_rolled_at(d.pop("secret_rolled_at", UNSET))

        include_previous_data = d.pop("include_previous_data", UNSET)

        _authentication_type = d.pop("authentication_type", UNSET)
        authentication_type: WebhookAuthenticationType | Unset
        if isinstance(_authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = WebhookAuthenticationType(_authentication_type)

        def _parse_penalty_box_data(data: object) -> None | PenaltyBoxData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                penalty_box_data_type_0 = PenaltyBoxData.from_dict(data)

                return penalty_box_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PenaltyBoxData | Unset, data)

        penalty_box_data = _parse_penalty_box_data(d.pop("penalty_box_data", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        update_webhook_request = cls(
            object_type=object_type,
            id=id,
            username=username,
            password=password,
            api_header_field=api_header_field,
            api_key=api_key,
            url=url,
            included_actions=included_actions,
            excluded_actions=excluded_actions,
            active=active,
            penalty_box=penalty_box,
            secret_key=secret_key,
            signing_protocol=signing_protocol,
            previous_secret_key=previous_secret_key,
            previous_signing_protocol=previous_signing_protocol,
            secret_rolled_at=secret_rolled_at,
            include_previous_data=include_previous_data,
            authentication_type=authentication_type,
            penalty_box_data=penalty_box_data,
            name=name,
            reference=reference,
        )

        update_webhook_request.additional_properties = d
        return update_webhook_request

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
