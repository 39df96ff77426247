from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_topup_config_status import AutoTopupConfigStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.auto_topup_threshold import AutoTopupThreshold


T = TypeVar("T", bound="AutoTopupConfig")


@_attrs_define
class AutoTopupConfig:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        wallet_id (None | str | Unset):
        status (AutoTopupConfigStatus | None | Unset):
        threshold (AutoTopupThreshold | None | Unset):
        topup_amount (Amount | None | Unset):
        pricing_plan_schedule_id (None | str | Unset):
        pricing_item_id (None | str | Unset):
        payment_method_id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    wallet_id: None | str | Unset = UNSET
    status: AutoTopupConfigStatus | None | Unset = UNSET
    threshold: AutoTopupThreshold | None | Unset = UNSET
    topup_amount: Amount | None | Unset = UNSET
    pricing_plan_schedule_id: None | str | Unset = UNSET
    pricing_item_id: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount
        from ..models.auto_topup_threshold import AutoTopupThreshold

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

        wallet_id: None | str | Unset
        if isinstance(self.wallet_id, Unset):
            wallet_id = UNSET
        else:
            wallet_id = self.wallet_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AutoTopupConfigStatus):
            status = self.status.value
        else:
            status = self.status

        threshold: dict[str, Any] | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        elif isinstance(self.threshold, AutoTopupThreshold):
            threshold = self.threshold.to_dict()
        else:
            threshold = self.threshold

        topup_amount: dict[str, Any] | None | Unset
        if isinstance(self.topup_amount, Unset):
            topup_amount = UNSET
        elif isinstance(self.topup_amount, Amount):
            topup_amount = self.topup_amount.to_dict()
        else:
            topup_amount = self.topup_amount

        pricing_plan_schedule_id: None | str | Unset
        if isinstance(self.pricing_plan_schedule_id, Unset):
            pricing_plan_schedule_id = UNSET
        else:
            pricing_plan_schedule_id = self.pricing_plan_schedule_id

        pricing_item_id: None | str | Unset
        if isinstance(self.pricing_item_id, Unset):
            pricing_item_id = UNSET
        else:
            pricing_item_id = self.pricing_item_id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

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
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if status is not UNSET:
            field_dict["status"] = status
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if topup_amount is not UNSET:
            field_dict["topup_amount"] = topup_amount
        if pricing_plan_schedule_id is not UNSET:
            field_dict["pricing_plan_schedule_id"] = pricing_plan_schedule_id
        if pricing_item_id is not UNSET:
            field_dict["pricing_item_id"] = pricing_item_id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.auto_topup_threshold import AutoTopupThreshold

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

        def _parse_wallet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_id = _parse_wallet_id(d.pop("wallet_id", UNSET))

        def _parse_status(data: object) -> AutoTopupConfigStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AutoTopupConfigStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoTopupConfigStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_threshold(data: object) -> AutoTopupThreshold | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                threshold_type_0 = AutoTopupThreshold.from_dict(data)

                return threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoTopupThreshold | None | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        def _parse_topup_amount(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                topup_amount_type_0 = Amount.from_dict(data)

                return topup_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None | Unset, data)

        topup_amount = _parse_topup_amount(d.pop("topup_amount", UNSET))

        def _parse_pricing_plan_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_schedule_id = _parse_pricing_plan_schedule_id(d.pop("pricing_plan_schedule_id", UNSET))

        def _parse_pricing_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_item_id = _parse_pricing_item_id(d.pop("pricing_item_id", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

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

        auto_topup_config = cls(
            object_type=object_type,
            id=id,
            wallet_id=wallet_id,
            status=status,
            threshold=threshold,
            topup_amount=topup_amount,
            pricing_plan_schedule_id=pricing_plan_schedule_id,
            pricing_item_id=pricing_item_id,
            payment_method_id=payment_method_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        auto_topup_config.additional_properties = d
        return auto_topup_config

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
