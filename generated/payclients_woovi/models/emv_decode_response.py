from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emv_cob_location import EmvCobLocation
    from ..models.emv_data import EmvData
    from ..models.emv_rec_location import EmvRecLocation


T = TypeVar("T", bound="EmvDecodeResponse")


@_attrs_define
class EmvDecodeResponse:
    """
    Attributes:
        emv (EmvData | Unset):
        cob_location (EmvCobLocation | None | Unset):
        rec_location (EmvRecLocation | None | Unset):
    """

    emv: EmvData | Unset = UNSET
    cob_location: EmvCobLocation | None | Unset = UNSET
    rec_location: EmvRecLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emv_cob_location import EmvCobLocation
        from ..models.emv_rec_location import EmvRecLocation

        emv: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emv, Unset):
            emv = self.emv.to_dict()

        cob_location: dict[str, Any] | None | Unset
        if isinstance(self.cob_location, Unset):
            cob_location = UNSET
        elif isinstance(self.cob_location, EmvCobLocation):
            cob_location = self.cob_location.to_dict()
        else:
            cob_location = self.cob_location

        rec_location: dict[str, Any] | None | Unset
        if isinstance(self.rec_location, Unset):
            rec_location = UNSET
        elif isinstance(self.rec_location, EmvRecLocation):
            rec_location = self.rec_location.to_dict()
        else:
            rec_location = self.rec_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emv is not UNSET:
            field_dict["emv"] = emv
        if cob_location is not UNSET:
            field_dict["cobLocation"] = cob_location
        if rec_location is not UNSET:
            field_dict["recLocation"] = rec_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emv_cob_location import EmvCobLocation
        from ..models.emv_data import EmvData
        from ..models.emv_rec_location import EmvRecLocation

        d = dict(src_dict)
        _emv = d.pop("emv", UNSET)
        emv: EmvData | Unset
        if isinstance(_emv, Unset):
            emv = UNSET
        else:
            emv = EmvData.from_dict(_emv)

        def _parse_cob_location(data: object) -> EmvCobLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cob_location_type_0 = EmvCobLocation.from_dict(data)

                return cob_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmvCobLocation | None | Unset, data)

        cob_location = _parse_cob_location(d.pop("cobLocation", UNSET))

        def _parse_rec_location(data: object) -> EmvRecLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rec_location_type_0 = EmvRecLocation.from_dict(data)

                return rec_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmvRecLocation | None | Unset, data)

        rec_location = _parse_rec_location(d.pop("recLocation", UNSET))

        emv_decode_response = cls(
            emv=emv,
            cob_location=cob_location,
            rec_location=rec_location,
        )

        emv_decode_response.additional_properties = d
        return emv_decode_response

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
