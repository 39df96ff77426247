from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emv_additional_data_field import EmvAdditionalDataField
    from ..models.emv_merchant_account_information import EmvMerchantAccountInformation
    from ..models.emv_unreserved_template import EmvUnreservedTemplate


T = TypeVar("T", bound="EmvData")


@_attrs_define
class EmvData:
    """
    Attributes:
        payload_format_indicator (str | Unset):
        point_of_initiation_method (str | Unset):
        merchant_account_information_pix (EmvMerchantAccountInformation | Unset):
        merchant_category_code (str | Unset):
        transaction_currency (str | Unset):
        transaction_amount (str | Unset): Amount in reais as written in the code.
        country_code (str | Unset):
        merchant_name (str | Unset):
        merchant_city (str | Unset):
        additional_data_field_template (EmvAdditionalDataField | Unset):
        unreserved_templates (EmvUnreservedTemplate | Unset):
        crc (str | Unset):
    """

    payload_format_indicator: str | Unset = UNSET
    point_of_initiation_method: str | Unset = UNSET
    merchant_account_information_pix: EmvMerchantAccountInformation | Unset = UNSET
    merchant_category_code: str | Unset = UNSET
    transaction_currency: str | Unset = UNSET
    transaction_amount: str | Unset = UNSET
    country_code: str | Unset = UNSET
    merchant_name: str | Unset = UNSET
    merchant_city: str | Unset = UNSET
    additional_data_field_template: EmvAdditionalDataField | Unset = UNSET
    unreserved_templates: EmvUnreservedTemplate | Unset = UNSET
    crc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload_format_indicator = self.payload_format_indicator

        point_of_initiation_method = self.point_of_initiation_method

        merchant_account_information_pix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_account_information_pix, Unset):
            merchant_account_information_pix = self.merchant_account_information_pix.to_dict()

        merchant_category_code = self.merchant_category_code

        transaction_currency = self.transaction_currency

        transaction_amount = self.transaction_amount

        country_code = self.country_code

        merchant_name = self.merchant_name

        merchant_city = self.merchant_city

        additional_data_field_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_data_field_template, Unset):
            additional_data_field_template = self.additional_data_field_template.to_dict()

        unreserved_templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unreserved_templates, Unset):
            unreserved_templates = self.unreserved_templates.to_dict()

        crc = self.crc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload_format_indicator is not UNSET:
            field_dict["payloadFormatIndicator"] = payload_format_indicator
        if point_of_initiation_method is not UNSET:
            field_dict["pointOfInitiationMethod"] = point_of_initiation_method
        if merchant_account_information_pix is not UNSET:
            field_dict["merchantAccountInformationPix"] = merchant_account_information_pix
        if merchant_category_code is not UNSET:
            field_dict["merchantCategoryCode"] = merchant_category_code
        if transaction_currency is not UNSET:
            field_dict["transactionCurrency"] = transaction_currency
        if transaction_amount is not UNSET:
            field_dict["transactionAmount"] = transaction_amount
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if merchant_name is not UNSET:
            field_dict["merchantName"] = merchant_name
        if merchant_city is not UNSET:
            field_dict["merchantCity"] = merchant_city
        if additional_data_field_template is not UNSET:
            field_dict["additionalDataFieldTemplate"] = additional_data_field_template
        if unreserved_templates is not UNSET:
            field_dict["unreservedTemplates"] = unreserved_templates
        if crc is not UNSET:
            field_dict["crc"] = crc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emv_additional_data_field import EmvAdditionalDataField
        from ..models.emv_merchant_account_information import EmvMerchantAccountInformation
        from ..models.emv_unreserved_template import EmvUnreservedTemplate

        d = dict(src_dict)
        payload_format_indicator = d.pop("payloadFormatIndicator", UNSET)

        point_of_initiation_method = d.pop("pointOfInitiationMethod", UNSET)

        _merchant_account_information_pix = d.pop("merchantAccountInformationPix", UNSET)
        merchant_account_information_pix: EmvMerchantAccountInformation | Unset
        if isinstance(_merchant_account_information_pix, Unset):
            merchant_account_information_pix = UNSET
        else:
            merchant_account_information_pix = EmvMerchantAccountInformation.from_dict(
                _merchant_account_information_pix
            )

        merchant_category_code = d.pop("merchantCategoryCode", UNSET)

        transaction_currency = d.pop("transactionCurrency", UNSET)

        transaction_amount = d.pop("transactionAmount", UNSET)

        country_code = d.pop("countryCode", UNSET)

        merchant_name = d.pop("merchantName", UNSET)

        merchant_city = d.pop("merchantCity", UNSET)

        _additional_data_field_template = d.pop("additionalDataFieldTemplate", UNSET)
        additional_data_field_template: EmvAdditionalDataField | Unset
        if isinstance(_additional_data_field_template, Unset):
            additional_data_field_template = UNSET
        else:
            additional_data_field_template = EmvAdditionalDataField.from_dict(_additional_data_field_template)

        _unreserved_templates = d.pop("unreservedTemplates", UNSET)
        unreserved_templates: EmvUnreservedTemplate | Unset
        if isinstance(_unreserved_templates, Unset):
            unreserved_templates = UNSET
        else:
            unreserved_templates = EmvUnreservedTemplate.from_dict(_unreserved_templates)

        crc = d.pop("crc", UNSET)

        emv_data = cls(
            payload_format_indicator=payload_format_indicator,
            point_of_initiation_method=point_of_initiation_method,
            merchant_account_information_pix=merchant_account_information_pix,
            merchant_category_code=merchant_category_code,
            transaction_currency=transaction_currency,
            transaction_amount=transaction_amount,
            country_code=country_code,
            merchant_name=merchant_name,
            merchant_city=merchant_city,
            additional_data_field_template=additional_data_field_template,
            unreserved_templates=unreserved_templates,
            crc=crc,
        )

        emv_data.additional_properties = d
        return emv_data

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
