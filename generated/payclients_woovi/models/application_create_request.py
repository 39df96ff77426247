from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_input import ApplicationInput


T = TypeVar("T", bound="ApplicationCreateRequest")


@_attrs_define
class ApplicationCreateRequest:
    """
    Attributes:
        account_id (str | Unset): Account the application is bound to.
        application (ApplicationInput | Unset):
    """

    account_id: str | Unset = UNSET
    application: ApplicationInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if application is not UNSET:
            field_dict["application"] = application

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_input import ApplicationInput

        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        _application = d.pop("application", UNSET)
        application: ApplicationInput | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = ApplicationInput.from_dict(_application)

        application_create_request = cls(
            account_id=account_id,
            application=application,
        )

        application_create_request.additional_properties = d
        return application_create_request

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
