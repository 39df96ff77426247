from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.feature import Feature


T = TypeVar("T", bound="Entitlement")


@_attrs_define
class Entitlement:
    """
    Attributes:
        feature_id (None | str | Unset):
        feature (Feature | None | Unset):
        feature_reference (None | str | Unset):
        override (bool | None | Unset):
        overwrite (bool | None | Unset):
        number (None | str | Unset):
        switch (bool | None | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        enum (None | str | Unset):
        string (None | str | Unset):
    """

    feature_id: None | str | Unset = UNSET
    feature: Feature | None | Unset = UNSET
    feature_reference: None | str | Unset = UNSET
    override: bool | None | Unset = UNSET
    overwrite: bool | None | Unset = UNSET
    number: None | str | Unset = UNSET
    switch: bool | None | Unset = UNSET
    amount: Amount | Unset = UNSET
    enum: None | str | Unset = UNSET
    string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.feature import Feature

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        feature: dict[str, Any] | None | Unset
        if isinstance(self.feature, Unset):
            feature = UNSET
        elif isinstance(self.feature, Feature):
            feature = self.feature.to_dict()
        else:
            feature = self.feature

        feature_reference: None | str | Unset
        if isinstance(self.feature_reference, Unset):
            feature_reference = UNSET
        else:
            feature_reference = self.feature_reference

        override: bool | None | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        else:
            override = self.override

        overwrite: bool | None | Unset
        if isinstance(self.overwrite, Unset):
            overwrite = UNSET
        else:
            overwrite = self.overwrite

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        switch: bool | None | Unset
        if isinstance(self.switch, Unset):
            switch = UNSET
        else:
            switch = self.switch

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        enum: None | str | Unset
        if isinstance(self.enum, Unset):
            enum = UNSET
        else:
            enum = self.enum

        string: None | str | Unset
        if isinstance(self.string, Unset):
            string = UNSET
        else:
            string = self.string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if feature is not UNSET:
            field_dict["feature"] = feature
        if feature_reference is not UNSET:
            field_dict["feature_reference"] = feature_reference
        if override is not UNSET:
            field_dict["override"] = override
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if number is not UNSET:
            field_dict["number"] = number
        if switch is not UNSET:
            field_dict["switch"] = switch
        if amount is not UNSET:
            field_dict["amount"] = amount
        if enum is not UNSET:
            field_dict["enum"] = enum
        if string is not UNSET:
            field_dict["string"] = string

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.feature import Feature

        d = dict(src_dict)

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("feature_id", UNSET))

        def _parse_feature(data: object) -> Feature | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feature_type_0 = Feature.from_dict(data)

                return feature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Feature | None | Unset, data)

        feature = _parse_feature(d.pop("feature", UNSET))

        def _parse_feature_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_reference = _parse_feature_reference(d.pop("feature_reference", UNSET))

        def _parse_override(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        override = _parse_override(d.pop("override", UNSET))

        def _parse_overwrite(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overwrite = _parse_overwrite(d.pop("overwrite", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_switch(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        switch = _parse_switch(d.pop("switch", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_enum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enum = _parse_enum(d.pop("enum", UNSET))

        def _parse_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string = _parse_string(d.pop("string", UNSET))

        entitlement = cls(
            feature_id=feature_id,
            feature=feature,
            feature_reference=feature_reference,
            override=override,
            overwrite=overwrite,
            number=number,
            switch=switch,
            amount=amount,
            enum=enum,
            string=string,
        )

        entitlement.additional_properties = d
        return entitlement

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
