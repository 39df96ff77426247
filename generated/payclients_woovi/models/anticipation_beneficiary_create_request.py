from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anticipation_frequency_override import AnticipationFrequencyOverride


T = TypeVar("T", bound="AnticipationBeneficiaryCreateRequest")


@_attrs_define
class AnticipationBeneficiaryCreateRequest:
    """
    Attributes:
        name (str):
        tax_id (str):
        cpf (None | str | Unset):
        notify_email (None | str | Unset):
        notify_phone (None | str | Unset):
        available_amount (int | None | Unset):
        max_advanceable_amount (int | None | Unset):
        auto_approve (bool | None | Unset):
        fee_destination_account_id (None | str | Unset):
        payment_days_override (list[int] | None | Unset):
        frequency_override (AnticipationFrequencyOverride | None | Unset):
        correlation_id (None | str | Unset):
    """

    name: str
    tax_id: str
    cpf: None | str | Unset = UNSET
    notify_email: None | str | Unset = UNSET
    notify_phone: None | str | Unset = UNSET
    available_amount: int | None | Unset = UNSET
    max_advanceable_amount: int | None | Unset = UNSET
    auto_approve: bool | None | Unset = UNSET
    fee_destination_account_id: None | str | Unset = UNSET
    payment_days_override: list[int] | None | Unset = UNSET
    frequency_override: AnticipationFrequencyOverride | None | Unset = UNSET
    correlation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anticipation_frequency_override import AnticipationFrequencyOverride

        name = self.name

        tax_id = self.tax_id

        cpf: None | str | Unset
        if isinstance(self.cpf, Unset):
            cpf = UNSET
        else:
            cpf = self.cpf

        notify_email: None | str | Unset
        if isinstance(self.notify_email, Unset):
            notify_email = UNSET
        else:
            notify_email = self.notify_email

        notify_phone: None | str | Unset
        if isinstance(self.notify_phone, Unset):
            notify_phone = UNSET
        else:
            notify_phone = self.notify_phone

        available_amount: int | None | Unset
        if isinstance(self.available_amount, Unset):
            available_amount = UNSET
        else:
            available_amount = self.available_amount

        max_advanceable_amount: int | None | Unset
        if isinstance(self.max_advanceable_amount, Unset):
            max_advanceable_amount = UNSET
        else:
            max_advanceable_amount = self.max_advanceable_amount

        auto_approve: bool | None | Unset
        if isinstance(self.auto_approve, Unset):
            auto_approve = UNSET
        else:
            auto_approve = self.auto_approve

        fee_destination_account_id: None | str | Unset
        if isinstance(self.fee_destination_account_id, Unset):
            fee_destination_account_id = UNSET
        else:
            fee_destination_account_id = self.fee_destination_account_id

        payment_days_override: list[int] | None | Unset
        if isinstance(self.payment_days_override, Unset):
            payment_days_override = UNSET
        elif isinstance(self.payment_days_override, list):
            payment_days_override = self.payment_days_override

        else:
            payment_days_override = self.payment_days_override

        frequency_override: dict[str, Any] | None | Unset
        if isinstance(self.frequency_override, Unset):
            frequency_override = UNSET
        elif isinstance(self.frequency_override, AnticipationFrequencyOverride):
            frequency_override = self.frequency_override.to_dict()
        else:
            frequency_override = self.frequency_override

        correlation_id: None | str | Unset
        if isinstance(self.correlation_id, Unset):
            correlation_id = UNSET
        else:
            correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "taxID": tax_id,
            }
        )
        if cpf is not UNSET:
            field_dict["cpf"] = cpf
        if notify_email is not UNSET:
            field_dict["notifyEmail"] = notify_email
        if notify_phone is not UNSET:
            field_dict["notifyPhone"] = notify_phone
        if available_amount is not UNSET:
            field_dict["availableAmount"] = available_amount
        if max_advanceable_amount is not UNSET:
            field_dict["maxAdvanceableAmount"] = max_advanceable_amount
        if auto_approve is not UNSET:
            field_dict["autoApprove"] = auto_approve
        if fee_destination_account_id is not UNSET:
            field_dict["feeDestinationAccountId"] = fee_destination_account_id
        if payment_days_override is not UNSET:
            field_dict["paymentDaysOverride"] = payment_days_override
        if frequency_override is not UNSET:
            field_dict["frequencyOverride"] = frequency_override
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anticipation_frequency_override import AnticipationFrequencyOverride

        d = dict(src_dict)
        name = d.pop("name")

        tax_id = d.pop("taxID")

        def _parse_cpf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpf = _parse_cpf(d.pop("cpf", UNSET))

        def _parse_notify_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_email = _parse_notify_email(d.pop("notifyEmail", UNSET))

        def _parse_notify_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_phone = _parse_notify_phone(d.pop("notifyPhone", UNSET))

        def _parse_available_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_amount = _parse_available_amount(d.pop("availableAmount", UNSET))

        def _parse_max_advanceable_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_advanceable_amount = _parse_max_advanceable_amount(d.pop("maxAdvanceableAmount", UNSET))

        def _parse_auto_approve(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_approve = _parse_auto_approve(d.pop("autoApprove", UNSET))

        def _parse_fee_destination_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_destination_account_id = _parse_fee_destination_account_id(d.pop("feeDestinationAccountId", UNSET))

        def _parse_payment_days_override(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_days_override_type_0 = cast(list[int], data)

                return payment_days_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        payment_days_override = _parse_payment_days_override(d.pop("paymentDaysOverride", UNSET))

        def _parse_frequency_override(data: object) -> AnticipationFrequencyOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                frequency_override_type_0 = AnticipationFrequencyOverride.from_dict(data)

                return frequency_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnticipationFrequencyOverride | None | Unset, data)

        frequency_override = _parse_frequency_override(d.pop("frequencyOverride", UNSET))

        def _parse_correlation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        correlation_id = _parse_correlation_id(d.pop("correlationID", UNSET))

        anticipation_beneficiary_create_request = cls(
            name=name,
            tax_id=tax_id,
            cpf=cpf,
            notify_email=notify_email,
            notify_phone=notify_phone,
            available_amount=available_amount,
            max_advanceable_amount=max_advanceable_amount,
            auto_approve=auto_approve,
            fee_destination_account_id=fee_destination_account_id,
            payment_days_override=payment_days_override,
            frequency_override=frequency_override,
            correlation_id=correlation_id,
        )

        anticipation_beneficiary_create_request.additional_properties = d
        return anticipation_beneficiary_create_request

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
