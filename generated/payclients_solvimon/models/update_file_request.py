from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_processing_type import FileProcessingType
from ..models.file_status import FileStatus
from ..models.file_type import FileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_download_settings import FileDownloadSettings
    from ..models.file_meter_data import FileMeterData


T = TypeVar("T", bound="UpdateFileRequest")


@_attrs_define
class UpdateFileRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        file_name (str | Unset):
        created_at (None | str | Unset):
        status (FileStatus | Unset):
        type_ (FileType | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        customer_id (None | str | Unset):
        processing_type (FileProcessingType | None | Unset):
        file_processing_settings_id (None | str | Unset):
        meter_data (FileMeterData | Unset):
        content_type (str | Unset):
        content (str | Unset):
        column_headers (list[str] | None | Unset):
        number_of_lines (int | Unset):
        message (None | str | Unset):
        download_settings (FileDownloadSettings | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    file_name: str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    status: FileStatus | Unset = UNSET
    type_: FileType | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    processing_type: FileProcessingType | None | Unset = UNSET
    file_processing_settings_id: None | str | Unset = UNSET
    meter_data: FileMeterData | Unset = UNSET
    content_type: str | Unset = UNSET
    content: str | Unset = UNSET
    column_headers: list[str] | None | Unset = UNSET
    number_of_lines: int | Unset = UNSET
    message: None | str | Unset = UNSET
    download_settings: FileDownloadSettings | Unset = UNSET
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

        file_name = self.file_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, FileProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        file_processing_settings_id: None | str | Unset
        if isinstance(self.file_processing_settings_id, Unset):
            file_processing_settings_id = UNSET
        else:
            file_processing_settings_id = self.file_processing_settings_id

        meter_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meter_data, Unset):
            meter_data = self.meter_data.to_dict()

        content_type = self.content_type

        content = self.content

        column_headers: list[str] | None | Unset
        if isinstance(self.column_headers, Unset):
            column_headers = UNSET
        elif isinstance(self.column_headers, list):
            column_headers = self.column_headers

        else:
            column_headers = self.column_headers

        number_of_lines = self.number_of_lines

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        download_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download_settings, Unset):
            download_settings = self.download_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if processing_type is not UNSET:
            field_dict["processing_type"] = processing_type
        if file_processing_settings_id is not UNSET:
            field_dict["file_processing_settings_id"] = file_processing_settings_id
        if meter_data is not UNSET:
            field_dict["meter_data"] = meter_data
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content is not UNSET:
            field_dict["content"] = content
        if column_headers is not UNSET:
            field_dict["column_headers"] = column_headers
        if number_of_lines is not UNSET:
            field_dict["number_of_lines"] = number_of_lines
        if message is not UNSET:
            field_dict["message"] = message
        if download_settings is not UNSET:
            field_dict["download_settings"] = download_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_download_settings import FileDownloadSettings
        from ..models.file_meter_data import FileMeterData

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

        file_name = d.pop("file_name", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _status = d.pop("status", UNSET)
        status: FileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FileStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: FileType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileType(_type_)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_processing_type(data: object) -> FileProcessingType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_type_type_0 = FileProcessingType(data)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileProcessingType | None | Unset, data)

        processing_type = _parse_processing_type(d.pop("processing_type", UNSET))

        def _parse_file_processing_settings_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_processing_settings_id = _parse_file_processing_settings_id(d.pop("file_processing_settings_id", UNSET))

        _meter_data = d.pop("meter_data", UNSET)
        meter_data: FileMeterData | Unset
        if isinstance(_meter_data, Unset):
            meter_data = UNSET
        else:
            meter_data = FileMeterData.from_dict(_meter_data)

        content_type = d.pop("content_type", UNSET)

        content = d.pop("content", UNSET)

        def _parse_column_headers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_headers_type_0 = cast(list[str], data)

                return column_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        column_headers = _parse_column_headers(d.pop("column_headers", UNSET))

        number_of_lines = d.pop("number_of_lines", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _download_settings = d.pop("download_settings", UNSET)
        download_settings: FileDownloadSettings | Unset
        if isinstance(_download_settings, Unset):
            download_settings = UNSET
        else:
            download_settings = FileDownloadSettings.from_dict(_download_settings)

        update_file_request = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            file_name=file_name,
            created_at=created_at,
            status=status,
            type_=type_,
            name=name,
            description=description,
            customer_id=customer_id,
            processing_type=processing_type,
            file_processing_settings_id=file_processing_settings_id,
            meter_data=meter_data,
            content_type=content_type,
            content=content,
            column_headers=column_headers,
            number_of_lines=number_of_lines,
            message=message,
            download_settings=download_settings,
        )

        update_file_request.additional_properties = d
        return update_file_request

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
