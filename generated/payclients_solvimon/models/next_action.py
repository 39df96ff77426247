from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.next_action_redirect_to_url import NextActionRedirectToUrl


T = TypeVar("T", bound="NextAction")


@_attrs_define
class NextAction:
    """
    Attributes:
        type_ (str | Unset):
        redirect_to_url (NextActionRedirectToUrl | Unset):
    """

    type_: str | Unset = UNSET
    redirect_to_url: NextActionRedirectToUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        redirect_to_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_to_url, Unset):
            redirect_to_url = self.redirect_to_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if redirect_to_url is not UNSET:
            field_dict["redirect_to_url"] = redirect_to_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.next_action_redirect_to_url import NextActionRedirectToUrl

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _redirect_to_url = d.pop("redirect_to_url", UNSET)
        redirect_to_url: NextActionRedirectToUrl | Unset
        if isinstance(_redirect_to_url, Unset):
            redirect_to_url = UNSET
        else:
            redirect_to_url = NextActionRedirectToUrl.from_dict(_redirect_to_url)

        next_action = cls(
            type_=type_,
            redirect_to_url=redirect_to_url,
        )

        next_action.additional_properties = d
        return next_action

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
