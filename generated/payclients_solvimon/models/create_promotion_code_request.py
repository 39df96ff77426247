from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_type_status import CreditTypeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_code_limited_to import PromotionCodeLimitedTo


T = TypeVar("T", bound="CreatePromotionCodeRequest")


@_attrs_define
class CreatePromotionCodeRequest:
    """
    Attributes:
        coupon_id (str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        code_format (str | Unset):
        code (str | Unset):
        status (CreditTypeStatus | None | Unset):
        limited_to (PromotionCodeLimitedTo | Unset):
        start_at (None | str | Unset):
        end_at (None | str | Unset):
        maximum_redemptions (int | None | Unset):
        number_of_redemptions (int | None | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    coupon_id: str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    code_format: str | Unset = UNSET
    code: str | Unset = UNSET
    status: CreditTypeStatus | None | Unset = UNSET
    limited_to: PromotionCodeLimitedTo | Unset = UNSET
    start_at: None | str | Unset = UNSET
    end_at: None | str | Unset = UNSET
    maximum_redemptions: int | None | Unset = UNSET
    number_of_redemptions: int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_id = self.coupon_id

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

        code_format = self.code_format

        code = self.code

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CreditTypeStatus):
            status = self.status.value
        else:
            status = self.status

        limited_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limited_to, Unset):
            limited_to = self.limited_to.to_dict()

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        else:
            end_at = self.end_at

        maximum_redemptions: int | None | Unset
        if isinstance(self.maximum_redemptions, Unset):
            maximum_redemptions = UNSET
        else:
            maximum_redemptions = self.maximum_redemptions

        number_of_redemptions: int | None | Unset
        if isinstance(self.number_of_redemptions, Unset):
            number_of_redemptions = UNSET
        else:
            number_of_redemptions = self.number_of_redemptions

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_id": coupon_id,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if code_format is not UNSET:
            field_dict["code_format"] = code_format
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if limited_to is not UNSET:
            field_dict["limited_to"] = limited_to
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if maximum_redemptions is not UNSET:
            field_dict["maximum_redemptions"] = maximum_redemptions
        if number_of_redemptions is not UNSET:
            field_dict["number_of_redemptions"] = number_of_redemptions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_code_limited_to import PromotionCodeLimitedTo

        d = dict(src_dict)
        coupon_id = d.pop("coupon_id")

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

        code_format = d.pop("code_format", UNSET)

        code = d.pop("code", UNSET)

        def _parse_status(data: object) -> CreditTypeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CreditTypeStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditTypeStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _limited_to = d.pop("limited_to", UNSET)
        limited_to: PromotionCodeLimitedTo | Unset
        if isinstance(_limited_to, Unset):
            limited_to = UNSET
        else:
            limited_to = PromotionCodeLimitedTo.from_dict(_limited_to)

        def _parse_start_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_end_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        def _parse_maximum_redemptions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_redemptions = _parse_maximum_redemptions(d.pop("maximum_redemptions", UNSET))

        def _parse_number_of_redemptions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_redemptions = _parse_number_of_redemptions(d.pop("number_of_redemptions", UNSET))

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

        create_promotion_code_request = cls(
            coupon_id=coupon_id,
            object_type=object_type,
            id=id,
            code_format=code_format,
            code=code,
            status=status,
            limited_to=limited_to,
            start_at=start_at,
            end_at=end_at,
            maximum_redemptions=maximum_redemptions,
            number_of_redemptions=number_of_redemptions,
            created_at=created_at,
            updated_at=updated_at,
        )

        create_promotion_code_request.additional_properties = d
        return create_promotion_code_request

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
