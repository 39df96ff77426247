from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_references import CustomerReferences
    from ..models.download_settings import DownloadSettings
    from ..models.meter_data_file_processing_settings import MeterDataFileProcessingSettings


T = TypeVar("T", bound="FileProcessingSettings")


@_attrs_define
class FileProcessingSettings:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        type_ (FileType | Unset):
        meter_data (MeterDataFileProcessingSettings | Unset):
        bucket_location (None | str | Unset):
        download_settings (DownloadSettings | Unset):
        included_customers (list[CustomerReferences] | None | Unset):
        excluded_customers (list[CustomerReferences] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    type_: FileType | Unset = UNSET
    meter_data: MeterDataFileProcessingSettings | Unset = UNSET
    bucket_location: None | str | Unset = UNSET
    download_settings: DownloadSettings | Unset = UNSET
    included_customers: list[CustomerReferences] | None | Unset = UNSET
    excluded_customers: list[CustomerReferences] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        reference = self.reference

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        meter_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meter_data, Unset):
            meter_data = self.meter_data.to_dict()

        bucket_location: None | str | Unset
        if isinstance(self.bucket_location, Unset):
            bucket_location = UNSET
        else:
            bucket_location = self.bucket_location

        download_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download_settings, Unset):
            download_settings = self.download_settings.to_dict()

        included_customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.included_customers, Unset):
            included_customers = UNSET
        elif isinstance(self.included_customers, list):
            included_customers = []
            for included_customers_type_0_item_data in self.included_customers:
                included_customers_type_0_item = included_customers_type_0_item_data.to_dict()
                included_customers.append(included_customers_type_0_item)

        else:
            included_customers = self.included_customers

        excluded_customers: list[dict[str, Any]] | None | Unset
        if isinstance(self.excluded_customers, Unset):
            excluded_customers = UNSET
        elif isinstance(self.excluded_customers, list):
            excluded_customers = []
            for excluded_customers_type_0_item_data in self.excluded_customers:
                excluded_customers_type_0_item = excluded_customers_type_0_item_data.to_dict()
                excluded_customers.append(excluded_customers_type_0_item)

        else:
            excluded_customers = self.excluded_customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if meter_data is not UNSET:
            field_dict["meter_data"] = meter_data
        if bucket_location is not UNSET:
            field_dict["bucket_location"] = bucket_location
        if download_settings is not UNSET:
            field_dict["download_settings"] = download_settings
        if included_customers is not UNSET:
            field_dict["included_customers"] = included_customers
        if excluded_customers is not UNSET:
            field_dict["excluded_customers"] = excluded_customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_references import CustomerReferences
        from ..models.download_settings import DownloadSettings
        from ..models.meter_data_file_processing_settings import MeterDataFileProcessingSettings

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

        reference = d.pop("reference", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FileType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileType(_type_)

        _meter_data = d.pop("meter_data", UNSET)
        meter_data: MeterDataFileProcessingSettings | Unset
        if isinstance(_meter_data, Unset):
            meter_data = UNSET
        else:
            meter_data = MeterDataFileProcessingSettings.from_dict(_meter_data)

        def _parse_bucket_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_location = _parse_bucket_location(d.pop("bucket_location", UNSET))

        _download_settings = d.pop("download_settings", UNSET)
        download_settings: DownloadSettings | Unset
        if isinstance(_download_settings, Unset):
            download_settings = UNSET
        else:
            download_settings = DownloadSettings.from_dict(_download_settings)

        def _parse_included_customers(data: object) -> list[CustomerReferences] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_customers_type_0 = []
                _included_customers_type_0 = data
                for included_customers_type_0_item_data in _included_customers_type_0:
                    included_customers_type_0_item = CustomerReferences.from_dict(included_customers_type_0_item_data)

                    included_customers_type_0.append(included_customers_type_0_item)

                return included_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerReferences] | None | Unset, data)

        included_customers = _parse_included_customers(d.pop("included_customers", UNSET))

        def _parse_excluded_customers(data: object) -> list[CustomerReferences] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_customers_type_0 = []
                _excluded_customers_type_0 = data
                for excluded_customers_type_0_item_data in _excluded_customers_type_0:
                    excluded_customers_type_0_item = CustomerReferences.from_dict(excluded_customers_type_0_item_data)

                    excluded_customers_type_0.append(excluded_customers_type_0_item)

                return excluded_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerReferences] | None | Unset, data)

        excluded_customers = _parse_excluded_customers(d.pop("excluded_customers", UNSET))

        file_processing_settings = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            type_=type_,
            meter_data=meter_data,
            bucket_location=bucket_location,
            download_settings=download_settings,
            included_customers=included_customers,
            excluded_customers=excluded_customers,
        )

        file_processing_settings.additional_properties = d
        return file_processing_settings

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
