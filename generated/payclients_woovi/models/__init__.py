"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package, or one model, does not import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_balance import AccountBalance
    from .account_delete_response import AccountDeleteResponse
    from .account_limit import AccountLimit
    from .account_limits_response import AccountLimitsResponse
    from .account_page import AccountPage
    from .account_register import AccountRegister
    from .account_register_delete_response import AccountRegisterDeleteResponse
    from .account_register_representative import AccountRegisterRepresentative
    from .account_register_status import AccountRegisterStatus
    from .account_response import AccountResponse
    from .account_withdraw_request import AccountWithdrawRequest
    from .account_withdraw_response import AccountWithdrawResponse
    from .account_withdrawal import AccountWithdrawal
    from .additional_info import AdditionalInfo
    from .address import Address
    from .anticipation_balance_batch_request import AnticipationBalanceBatchRequest
    from .anticipation_balance_batch_result import AnticipationBalanceBatchResult
    from .anticipation_balance_item import AnticipationBalanceItem
    from .anticipation_balance_result import AnticipationBalanceResult
    from .anticipation_beneficiary import AnticipationBeneficiary
    from .anticipation_beneficiary_create_request import AnticipationBeneficiaryCreateRequest
    from .anticipation_beneficiary_response import AnticipationBeneficiaryResponse
    from .anticipation_frequency_override import AnticipationFrequencyOverride
    from .anticipation_list import AnticipationList
    from .anticipation_reject_request import AnticipationRejectRequest
    from .anticipation_request import AnticipationRequest
    from .anticipation_response import AnticipationResponse
    from .anticipation_status import AnticipationStatus
    from .application import Application
    from .application_create_request import ApplicationCreateRequest
    from .application_delete_request import ApplicationDeleteRequest
    from .application_input import ApplicationInput
    from .application_response import ApplicationResponse
    from .application_type import ApplicationType
    from .boleto_final_beneficiary import BoletoFinalBeneficiary
    from .boleto_info import BoletoInfo
    from .boleto_issuing_entity import BoletoIssuingEntity
    from .boleto_payment import BoletoPayment
    from .boleto_payment_status import BoletoPaymentStatus
    from .boleto_transaction import BoletoTransaction
    from .boleto_transaction_charge import BoletoTransactionCharge
    from .boleto_transaction_page import BoletoTransactionPage
    from .boleto_transaction_response import BoletoTransactionResponse
    from .boleto_transaction_status import BoletoTransactionStatus
    from .boleto_transaction_type import BoletoTransactionType
    from .boleto_validate_request import BoletoValidateRequest
    from .boleto_validate_response import BoletoValidateResponse
    from .cashback import Cashback
    from .cashback_balance import CashbackBalance
    from .cashback_create_request import CashbackCreateRequest
    from .cashback_response import CashbackResponse
    from .charge import Charge
    from .charge_create_request import ChargeCreateRequest
    from .charge_discount_fixed_date import ChargeDiscountFixedDate
    from .charge_discount_modality import ChargeDiscountModality
    from .charge_discount_settings import ChargeDiscountSettings
    from .charge_page import ChargePage
    from .charge_payment_methods import ChargePaymentMethods
    from .charge_penalty import ChargePenalty
    from .charge_penalty_type import ChargePenaltyType
    from .charge_pix_payment_method import ChargePixPaymentMethod
    from .charge_refund import ChargeRefund
    from .charge_refund_create_request import ChargeRefundCreateRequest
    from .charge_refund_list import ChargeRefundList
    from .charge_refund_response import ChargeRefundResponse
    from .charge_refund_status import ChargeRefundStatus
    from .charge_response import ChargeResponse
    from .charge_split import ChargeSplit
    from .charge_split_type import ChargeSplitType
    from .charge_status import ChargeStatus
    from .charge_type import ChargeType
    from .charge_update_request import ChargeUpdateRequest
    from .company import Company
    from .company_bank_account import CompanyBankAccount
    from .company_response import CompanyResponse
    from .customer import Customer
    from .customer_create_request import CustomerCreateRequest
    from .customer_input import CustomerInput
    from .customer_page import CustomerPage
    from .customer_response import CustomerResponse
    from .delete_response import DeleteResponse
    from .dispute import Dispute
    from .dispute_evidence_document import DisputeEvidenceDocument
    from .dispute_evidence_request import DisputeEvidenceRequest
    from .dispute_evidence_response import DisputeEvidenceResponse
    from .dispute_page import DisputePage
    from .dispute_response import DisputeResponse
    from .dispute_status import DisputeStatus
    from .dispute_type import DisputeType
    from .emv_additional_data_field import EmvAdditionalDataField
    from .emv_cob_calendar import EmvCobCalendar
    from .emv_cob_location import EmvCobLocation
    from .emv_cob_payload import EmvCobPayload
    from .emv_cob_value import EmvCobValue
    from .emv_data import EmvData
    from .emv_debtor import EmvDebtor
    from .emv_decode_request import EmvDecodeRequest
    from .emv_decode_response import EmvDecodeResponse
    from .emv_merchant_account_information import EmvMerchantAccountInformation
    from .emv_named_value import EmvNamedValue
    from .emv_rec_calendar import EmvRecCalendar
    from .emv_rec_link import EmvRecLink
    from .emv_rec_location import EmvRecLocation
    from .emv_rec_payload import EmvRecPayload
    from .emv_rec_receiver import EmvRecReceiver
    from .emv_rec_update import EmvRecUpdate
    from .emv_rec_value import EmvRecValue
    from .emv_unreserved_template import EmvUnreservedTemplate
    from .funds_recovery import FundsRecovery
    from .funds_recovery_create_request import FundsRecoveryCreateRequest
    from .funds_recovery_direction import FundsRecoveryDirection
    from .funds_recovery_event import FundsRecoveryEvent
    from .funds_recovery_situation_type import FundsRecoverySituationType
    from .funds_recovery_status import FundsRecoveryStatus
    from .installment import Installment
    from .installment_cobr import InstallmentCobr
    from .installment_cobr_request import InstallmentCobrRequest
    from .installment_cobr_result import InstallmentCobrResult
    from .installment_cobr_try import InstallmentCobrTry
    from .installment_page import InstallmentPage
    from .installment_response import InstallmentResponse
    from .invoice import Invoice
    from .invoice_address_input import InvoiceAddressInput
    from .invoice_certificate_upload_request import InvoiceCertificateUploadRequest
    from .invoice_charge import InvoiceCharge
    from .invoice_create_request import InvoiceCreateRequest
    from .invoice_customer import InvoiceCustomer
    from .invoice_customer_input import InvoiceCustomerInput
    from .invoice_integration import InvoiceIntegration
    from .invoice_integration_activation_request import InvoiceIntegrationActivationRequest
    from .invoice_integration_create_request import InvoiceIntegrationCreateRequest
    from .invoice_integration_metadata import InvoiceIntegrationMetadata
    from .invoice_integration_response import InvoiceIntegrationResponse
    from .invoice_integration_status import InvoiceIntegrationStatus
    from .invoice_integration_test_response import InvoiceIntegrationTestResponse
    from .invoice_integration_type import InvoiceIntegrationType
    from .invoice_integration_update_request import InvoiceIntegrationUpdateRequest
    from .invoice_page import InvoicePage
    from .invoice_response import InvoiceResponse
    from .invoice_status import InvoiceStatus
    from .kyc_onboarding_representative import KycOnboardingRepresentative
    from .kyc_onboarding_request import KycOnboardingRequest
    from .kyc_onboarding_response import KycOnboardingResponse
    from .nfeio_settings import NfeioSettings
    from .page_info import PageInfo
    from .page_info_error import PageInfoError
    from .page_info_error_data import PageInfoErrorData
    from .partner_account import PartnerAccount
    from .partner_affiliate import PartnerAffiliate
    from .partner_affiliate_page import PartnerAffiliatePage
    from .partner_application_create_request import PartnerApplicationCreateRequest
    from .partner_company import PartnerCompany
    from .partner_company_create_request import PartnerCompanyCreateRequest
    from .partner_pre_registration import PartnerPreRegistration
    from .partner_pre_registration_page import PartnerPreRegistrationPage
    from .partner_pre_registration_response import PartnerPreRegistrationResponse
    from .party import Party
    from .party_account import PartyAccount
    from .party_holder import PartyHolder
    from .party_pix_key import PartyPixKey
    from .party_psp import PartyPsp
    from .payment import Payment
    from .payment_approve_request import PaymentApproveRequest
    from .payment_bank_account import PaymentBankAccount
    from .payment_create_boleto_request import PaymentCreateBoletoRequest
    from .payment_create_manual_request import PaymentCreateManualRequest
    from .payment_create_pix_key_request import PaymentCreatePixKeyRequest
    from .payment_create_qr_code_request import PaymentCreateQrCodeRequest
    from .payment_destination import PaymentDestination
    from .payment_holder import PaymentHolder
    from .payment_metadata import PaymentMetadata
    from .payment_page import PaymentPage
    from .payment_response import PaymentResponse
    from .payment_status import PaymentStatus
    from .payment_transaction import PaymentTransaction
    from .payment_type import PaymentType
    from .pix_key import PixKey
    from .pix_key_check import PixKeyCheck
    from .pix_key_check_request import PixKeyCheckRequest
    from .pix_key_create_request import PixKeyCreateRequest
    from .pix_key_list import PixKeyList
    from .pix_key_owner import PixKeyOwner
    from .pix_key_token_log import PixKeyTokenLog
    from .pix_key_token_log_page import PixKeyTokenLogPage
    from .pix_key_token_operation import PixKeyTokenOperation
    from .pix_key_tokens import PixKeyTokens
    from .pix_key_type import PixKeyType
    from .pix_qr_code import PixQrCode
    from .pix_raw import PixRaw
    from .pix_recurring import PixRecurring
    from .pix_recurring_journey import PixRecurringJourney
    from .pix_recurring_options_input import PixRecurringOptionsInput
    from .pix_recurring_retry_policy import PixRecurringRetryPolicy
    from .pix_recurring_status import PixRecurringStatus
    from .pix_transaction_refund_response import PixTransactionRefundResponse
    from .pix_withdraw_transaction import PixWithdrawTransaction
    from .pre_registration import PreRegistration
    from .pre_registration_input import PreRegistrationInput
    from .pre_registration_user import PreRegistrationUser
    from .pre_registration_user_input import PreRegistrationUserInput
    from .psp import Psp
    from .psp_list import PspList
    from .qr_code_base_64_response import QrCodeBase64Response
    from .receipt_type import ReceiptType
    from .refund import Refund
    from .refund_create_request import RefundCreateRequest
    from .refund_page import RefundPage
    from .refund_response import RefundResponse
    from .refund_status import RefundStatus
    from .stablecoin_applied_fee import StablecoinAppliedFee
    from .stablecoin_balance_map import StablecoinBalanceMap
    from .stablecoin_balances import StablecoinBalances
    from .stablecoin_conversion_quote import StablecoinConversionQuote
    from .stablecoin_currency import StablecoinCurrency
    from .stablecoin_deposit_approve_request import StablecoinDepositApproveRequest
    from .stablecoin_deposit_approve_response import StablecoinDepositApproveResponse
    from .stablecoin_deposit_request import StablecoinDepositRequest
    from .stablecoin_deposit_response import StablecoinDepositResponse
    from .stablecoin_market_quote import StablecoinMarketQuote
    from .stablecoin_network import StablecoinNetwork
    from .stablecoin_payout import StablecoinPayout
    from .stablecoin_payout_request import StablecoinPayoutRequest
    from .stablecoin_pix_key_owner import StablecoinPixKeyOwner
    from .stablecoin_quote_response import StablecoinQuoteResponse
    from .stablecoin_subaccount import StablecoinSubaccount
    from .stablecoin_subaccount_create_request import StablecoinSubaccountCreateRequest
    from .stablecoin_subaccount_create_response import StablecoinSubaccountCreateResponse
    from .stablecoin_subaccount_list import StablecoinSubaccountList
    from .stablecoin_subaccount_response import StablecoinSubaccountResponse
    from .stablecoin_wallet import StablecoinWallet
    from .stablecoin_wallet_list import StablecoinWalletList
    from .statement_entry import StatementEntry
    from .statement_entry_type import StatementEntryType
    from .static_qr_code_create_request import StaticQrCodeCreateRequest
    from .static_qr_code_page import StaticQrCodePage
    from .static_qr_code_response import StaticQrCodeResponse
    from .subaccount import Subaccount
    from .subaccount_amount_request import SubaccountAmountRequest
    from .subaccount_balance_change import SubaccountBalanceChange
    from .subaccount_create_request import SubaccountCreateRequest
    from .subaccount_delete_response import SubaccountDeleteResponse
    from .subaccount_operation_type import SubaccountOperationType
    from .subaccount_page import SubaccountPage
    from .subaccount_response import SubaccountResponse
    from .subaccount_transaction import SubaccountTransaction
    from .subaccount_transfer_request import SubaccountTransferRequest
    from .subaccount_transfer_response import SubaccountTransferResponse
    from .subaccount_withdraw_request import SubaccountWithdrawRequest
    from .subaccount_withdraw_response import SubaccountWithdrawResponse
    from .subscription import Subscription
    from .subscription_create_request import SubscriptionCreateRequest
    from .subscription_frequency import SubscriptionFrequency
    from .subscription_page import SubscriptionPage
    from .subscription_response import SubscriptionResponse
    from .subscription_status import SubscriptionStatus
    from .subscription_type import SubscriptionType
    from .subscription_value_update_request import SubscriptionValueUpdateRequest
    from .success_response import SuccessResponse
    from .tax_id import TaxId
    from .tax_id_input import TaxIdInput
    from .tax_id_type import TaxIdType
    from .transaction import Transaction
    from .transaction_page import TransactionPage
    from .transaction_response import TransactionResponse
    from .transaction_status import TransactionStatus
    from .transaction_type import TransactionType
    from .transaction_webhook_attempt import TransactionWebhookAttempt
    from .transaction_webhook_delivery import TransactionWebhookDelivery
    from .transfer_create_request import TransferCreateRequest
    from .transfer_response import TransferResponse
    from .transfer_transaction import TransferTransaction
    from .webhook import Webhook
    from .webhook_account import WebhookAccount
    from .webhook_account_register_payload import WebhookAccountRegisterPayload
    from .webhook_boleto_settled_payload import WebhookBoletoSettledPayload
    from .webhook_charge_payload import WebhookChargePayload
    from .webhook_company import WebhookCompany
    from .webhook_create_request import WebhookCreateRequest
    from .webhook_dispute_payload import WebhookDisputePayload
    from .webhook_event import WebhookEvent
    from .webhook_event_info import WebhookEventInfo
    from .webhook_event_list import WebhookEventList
    from .webhook_input import WebhookInput
    from .webhook_ip_list import WebhookIpList
    from .webhook_movement_error import WebhookMovementError
    from .webhook_movement_payload import WebhookMovementPayload
    from .webhook_page import WebhookPage
    from .webhook_payload import WebhookPayload
    from .webhook_pix_automatic_cobr_payload import WebhookPixAutomaticCobrPayload
    from .webhook_pix_automatic_payload import WebhookPixAutomaticPayload
    from .webhook_pix_refund_payload import WebhookPixRefundPayload
    from .webhook_public_key import WebhookPublicKey
    from .webhook_public_key_list import WebhookPublicKeyList
    from .webhook_response import WebhookResponse
    from .webhook_ted import WebhookTed
    from .webhook_ted_payload import WebhookTedPayload
    from .webhook_transaction_payload import WebhookTransactionPayload
    from .withdraw_transaction import WithdrawTransaction
    from .woovi_error import WooviError
    from .woovi_error_data_type_0 import WooviErrorDataType0
    from .woovi_error_detail import WooviErrorDetail
    from .woovi_error_fields import WooviErrorFields
    from .woovi_error_issue import WooviErrorIssue
    from .woovi_graph_ql_error import WooviGraphQLError

_MODULES: dict[str, str] = {
    "AccountBalance": "account_balance",
    "AccountDeleteResponse": "account_delete_response",
    "AccountLimit": "account_limit",
    "AccountLimitsResponse": "account_limits_response",
    "AccountPage": "account_page",
    "AccountRegister": "account_register",
    "AccountRegisterDeleteResponse": "account_register_delete_response",
    "AccountRegisterRepresentative": "account_register_representative",
    "AccountRegisterStatus": "account_register_status",
    "AccountResponse": "account_response",
    "AccountWithdrawRequest": "account_withdraw_request",
    "AccountWithdrawResponse": "account_withdraw_response",
    "AccountWithdrawal": "account_withdrawal",
    "AdditionalInfo": "additional_info",
    "Address": "address",
    "AnticipationBalanceBatchRequest": "anticipation_balance_batch_request",
    "AnticipationBalanceBatchResult": "anticipation_balance_batch_result",
    "AnticipationBalanceItem": "anticipation_balance_item",
    "AnticipationBalanceResult": "anticipation_balance_result",
    "AnticipationBeneficiary": "anticipation_beneficiary",
    "AnticipationBeneficiaryCreateRequest": "anticipation_beneficiary_create_request",
    "AnticipationBeneficiaryResponse": "anticipation_beneficiary_response",
    "AnticipationFrequencyOverride": "anticipation_frequency_override",
    "AnticipationList": "anticipation_list",
    "AnticipationRejectRequest": "anticipation_reject_request",
    "AnticipationRequest": "anticipation_request",
    "AnticipationResponse": "anticipation_response",
    "AnticipationStatus": "anticipation_status",
    "Application": "application",
    "ApplicationCreateRequest": "application_create_request",
    "ApplicationDeleteRequest": "application_delete_request",
    "ApplicationInput": "application_input",
    "ApplicationResponse": "application_response",
    "ApplicationType": "application_type",
    "BoletoFinalBeneficiary": "boleto_final_beneficiary",
    "BoletoInfo": "boleto_info",
    "BoletoIssuingEntity": "boleto_issuing_entity",
    "BoletoPayment": "boleto_payment",
    "BoletoPaymentStatus": "boleto_payment_status",
    "BoletoTransaction": "boleto_transaction",
    "BoletoTransactionCharge": "boleto_transaction_charge",
    "BoletoTransactionPage": "boleto_transaction_page",
    "BoletoTransactionResponse": "boleto_transaction_response",
    "BoletoTransactionStatus": "boleto_transaction_status",
    "BoletoTransactionType": "boleto_transaction_type",
    "BoletoValidateRequest": "boleto_validate_request",
    "BoletoValidateResponse": "boleto_validate_response",
    "Cashback": "cashback",
    "CashbackBalance": "cashback_balance",
    "CashbackCreateRequest": "cashback_create_request",
    "CashbackResponse": "cashback_response",
    "Charge": "charge",
    "ChargeCreateRequest": "charge_create_request",
    "ChargeDiscountFixedDate": "charge_discount_fixed_date",
    "ChargeDiscountModality": "charge_discount_modality",
    "ChargeDiscountSettings": "charge_discount_settings",
    "ChargePage": "charge_page",
    "ChargePaymentMethods": "charge_payment_methods",
    "ChargePenalty": "charge_penalty",
    "ChargePenaltyType": "charge_penalty_type",
    "ChargePixPaymentMethod": "charge_pix_payment_method",
    "ChargeRefund": "charge_refund",
    "ChargeRefundCreateRequest": "charge_refund_create_request",
    "ChargeRefundList": "charge_refund_list",
    "ChargeRefundResponse": "charge_refund_response",
    "ChargeRefundStatus": "charge_refund_status",
    "ChargeResponse": "charge_response",
    "ChargeSplit": "charge_split",
    "ChargeSplitType": "charge_split_type",
    "ChargeStatus": "charge_status",
    "ChargeType": "charge_type",
    "ChargeUpdateRequest": "charge_update_request",
    "Company": "company",
    "CompanyBankAccount": "company_bank_account",
    "CompanyResponse": "company_response",
    "Customer": "customer",
    "CustomerCreateRequest": "customer_create_request",
    "CustomerInput": "customer_input",
    "CustomerPage": "customer_page",
    "CustomerResponse": "customer_response",
    "DeleteResponse": "delete_response",
    "Dispute": "dispute",
    "DisputeEvidenceDocument": "dispute_evidence_document",
    "DisputeEvidenceRequest": "dispute_evidence_request",
    "DisputeEvidenceResponse": "dispute_evidence_response",
    "DisputePage": "dispute_page",
    "DisputeResponse": "dispute_response",
    "DisputeStatus": "dispute_status",
    "DisputeType": "dispute_type",
    "EmvAdditionalDataField": "emv_additional_data_field",
    "EmvCobCalendar": "emv_cob_calendar",
    "EmvCobLocation": "emv_cob_location",
    "EmvCobPayload": "emv_cob_payload",
    "EmvCobValue": "emv_cob_value",
    "EmvData": "emv_data",
    "EmvDebtor": "emv_debtor",
    "EmvDecodeRequest": "emv_decode_request",
    "EmvDecodeResponse": "emv_decode_response",
    "EmvMerchantAccountInformation": "emv_merchant_account_information",
    "EmvNamedValue": "emv_named_value",
    "EmvRecCalendar": "emv_rec_calendar",
    "EmvRecLink": "emv_rec_link",
    "EmvRecLocation": "emv_rec_location",
    "EmvRecPayload": "emv_rec_payload",
    "EmvRecReceiver": "emv_rec_receiver",
    "EmvRecUpdate": "emv_rec_update",
    "EmvRecValue": "emv_rec_value",
    "EmvUnreservedTemplate": "emv_unreserved_template",
    "FundsRecovery": "funds_recovery",
    "FundsRecoveryCreateRequest": "funds_recovery_create_request",
    "FundsRecoveryDirection": "funds_recovery_direction",
    "FundsRecoveryEvent": "funds_recovery_event",
    "FundsRecoverySituationType": "funds_recovery_situation_type",
    "FundsRecoveryStatus": "funds_recovery_status",
    "Installment": "installment",
    "InstallmentCobr": "installment_cobr",
    "InstallmentCobrRequest": "installment_cobr_request",
    "InstallmentCobrResult": "installment_cobr_result",
    "InstallmentCobrTry": "installment_cobr_try",
    "InstallmentPage": "installment_page",
    "InstallmentResponse": "installment_response",
    "Invoice": "invoice",
    "InvoiceAddressInput": "invoice_address_input",
    "InvoiceCertificateUploadRequest": "invoice_certificate_upload_request",
    "InvoiceCharge": "invoice_charge",
    "InvoiceCreateRequest": "invoice_create_request",
    "InvoiceCustomer": "invoice_customer",
    "InvoiceCustomerInput": "invoice_customer_input",
    "InvoiceIntegration": "invoice_integration",
    "InvoiceIntegrationActivationRequest": "invoice_integration_activation_request",
    "InvoiceIntegrationCreateRequest": "invoice_integration_create_request",
    "InvoiceIntegrationMetadata": "invoice_integration_metadata",
    "InvoiceIntegrationResponse": "invoice_integration_response",
    "InvoiceIntegrationStatus": "invoice_integration_status",
    "InvoiceIntegrationTestResponse": "invoice_integration_test_response",
    "InvoiceIntegrationType": "invoice_integration_type",
    "InvoiceIntegrationUpdateRequest": "invoice_integration_update_request",
    "InvoicePage": "invoice_page",
    "InvoiceResponse": "invoice_response",
    "InvoiceStatus": "invoice_status",
    "KycOnboardingRepresentative": "kyc_onboarding_representative",
    "KycOnboardingRequest": "kyc_onboarding_request",
    "KycOnboardingResponse": "kyc_onboarding_response",
    "NfeioSettings": "nfeio_settings",
    "PageInfo": "page_info",
    "PageInfoError": "page_info_error",
    "PageInfoErrorData": "page_info_error_data",
    "PartnerAccount": "partner_account",
    "PartnerAffiliate": "partner_affiliate",
    "PartnerAffiliatePage": "partner_affiliate_page",
    "PartnerApplicationCreateRequest": "partner_application_create_request",
    "PartnerCompany": "partner_company",
    "PartnerCompanyCreateRequest": "partner_company_create_request",
    "PartnerPreRegistration": "partner_pre_registration",
    "PartnerPreRegistrationPage": "partner_pre_registration_page",
    "PartnerPreRegistrationResponse": "partner_pre_registration_response",
    "Party": "party",
    "PartyAccount": "party_account",
    "PartyHolder": "party_holder",
    "PartyPixKey": "party_pix_key",
    "PartyPsp": "party_psp",
    "Payment": "payment",
    "PaymentApproveRequest": "payment_approve_request",
    "PaymentBankAccount": "payment_bank_account",
    "PaymentCreateBoletoRequest": "payment_create_boleto_request",
    "PaymentCreateManualRequest": "payment_create_manual_request",
    "PaymentCreatePixKeyRequest": "payment_create_pix_key_request",
    "PaymentCreateQrCodeRequest": "payment_create_qr_code_request",
    "PaymentDestination": "payment_destination",
    "PaymentHolder": "payment_holder",
    "PaymentMetadata": "payment_metadata",
    "PaymentPage": "payment_page",
    "PaymentResponse": "payment_response",
    "PaymentStatus": "payment_status",
    "PaymentTransaction": "payment_transaction",
    "PaymentType": "payment_type",
    "PixKey": "pix_key",
    "PixKeyCheck": "pix_key_check",
    "PixKeyCheckRequest": "pix_key_check_request",
    "PixKeyCreateRequest": "pix_key_create_request",
    "PixKeyList": "pix_key_list",
    "PixKeyOwner": "pix_key_owner",
    "PixKeyTokenLog": "pix_key_token_log",
    "PixKeyTokenLogPage": "pix_key_token_log_page",
    "PixKeyTokenOperation": "pix_key_token_operation",
    "PixKeyTokens": "pix_key_tokens",
    "PixKeyType": "pix_key_type",
    "PixQrCode": "pix_qr_code",
    "PixRaw": "pix_raw",
    "PixRecurring": "pix_recurring",
    "PixRecurringJourney": "pix_recurring_journey",
    "PixRecurringOptionsInput": "pix_recurring_options_input",
    "PixRecurringRetryPolicy": "pix_recurring_retry_policy",
    "PixRecurringStatus": "pix_recurring_status",
    "PixTransactionRefundResponse": "pix_transaction_refund_response",
    "PixWithdrawTransaction": "pix_withdraw_transaction",
    "PreRegistration": "pre_registration",
    "PreRegistrationInput": "pre_registration_input",
    "PreRegistrationUser": "pre_registration_user",
    "PreRegistrationUserInput": "pre_registration_user_input",
    "Psp": "psp",
    "PspList": "psp_list",
    "QrCodeBase64Response": "qr_code_base_64_response",
    "ReceiptType": "receipt_type",
    "Refund": "refund",
    "RefundCreateRequest": "refund_create_request",
    "RefundPage": "refund_page",
    "RefundResponse": "refund_response",
    "RefundStatus": "refund_status",
    "StablecoinAppliedFee": "stablecoin_applied_fee",
    "StablecoinBalanceMap": "stablecoin_balance_map",
    "StablecoinBalances": "stablecoin_balances",
    "StablecoinConversionQuote": "stablecoin_conversion_quote",
    "StablecoinCurrency": "stablecoin_currency",
    "StablecoinDepositApproveRequest": "stablecoin_deposit_approve_request",
    "StablecoinDepositApproveResponse": "stablecoin_deposit_approve_response",
    "StablecoinDepositRequest": "stablecoin_deposit_request",
    "StablecoinDepositResponse": "stablecoin_deposit_response",
    "StablecoinMarketQuote": "stablecoin_market_quote",
    "StablecoinNetwork": "stablecoin_network",
    "StablecoinPayout": "stablecoin_payout",
    "StablecoinPayoutRequest": "stablecoin_payout_request",
    "StablecoinPixKeyOwner": "stablecoin_pix_key_owner",
    "StablecoinQuoteResponse": "stablecoin_quote_response",
    "StablecoinSubaccount": "stablecoin_subaccount",
    "StablecoinSubaccountCreateRequest": "stablecoin_subaccount_create_request",
    "StablecoinSubaccountCreateResponse": "stablecoin_subaccount_create_response",
    "StablecoinSubaccountList": "stablecoin_subaccount_list",
    "StablecoinSubaccountResponse": "stablecoin_subaccount_response",
    "StablecoinWallet": "stablecoin_wallet",
    "StablecoinWalletList": "stablecoin_wallet_list",
    "StatementEntry": "statement_entry",
    "StatementEntryType": "statement_entry_type",
    "StaticQrCodeCreateRequest": "static_qr_code_create_request",
    "StaticQrCodePage": "static_qr_code_page",
    "StaticQrCodeResponse": "static_qr_code_response",
    "Subaccount": "subaccount",
    "SubaccountAmountRequest": "subaccount_amount_request",
    "SubaccountBalanceChange": "subaccount_balance_change",
    "SubaccountCreateRequest": "subaccount_create_request",
    "SubaccountDeleteResponse": "subaccount_delete_response",
    "SubaccountOperationType": "subaccount_operation_type",
    "SubaccountPage": "subaccount_page",
    "SubaccountResponse": "subaccount_response",
    "SubaccountTransaction": "subaccount_transaction",
    "SubaccountTransferRequest": "subaccount_transfer_request",
    "SubaccountTransferResponse": "subaccount_transfer_response",
    "SubaccountWithdrawRequest": "subaccount_withdraw_request",
    "SubaccountWithdrawResponse": "subaccount_withdraw_response",
    "Subscription": "subscription",
    "SubscriptionCreateRequest": "subscription_create_request",
    "SubscriptionFrequency": "subscription_frequency",
    "SubscriptionPage": "subscription_page",
    "SubscriptionResponse": "subscription_response",
    "SubscriptionStatus": "subscription_status",
    "SubscriptionType": "subscription_type",
    "SubscriptionValueUpdateRequest": "subscription_value_update_request",
    "SuccessResponse": "success_response",
    "TaxId": "tax_id",
    "TaxIdInput": "tax_id_input",
    "TaxIdType": "tax_id_type",
    "Transaction": "transaction",
    "TransactionPage": "transaction_page",
    "TransactionResponse": "transaction_response",
    "TransactionStatus": "transaction_status",
    "TransactionType": "transaction_type",
    "TransactionWebhookAttempt": "transaction_webhook_attempt",
    "TransactionWebhookDelivery": "transaction_webhook_delivery",
    "TransferCreateRequest": "transfer_create_request",
    "TransferResponse": "transfer_response",
    "TransferTransaction": "transfer_transaction",
    "Webhook": "webhook",
    "WebhookAccount": "webhook_account",
    "WebhookAccountRegisterPayload": "webhook_account_register_payload",
    "WebhookBoletoSettledPayload": "webhook_boleto_settled_payload",
    "WebhookChargePayload": "webhook_charge_payload",
    "WebhookCompany": "webhook_company",
    "WebhookCreateRequest": "webhook_create_request",
    "WebhookDisputePayload": "webhook_dispute_payload",
    "WebhookEvent": "webhook_event",
    "WebhookEventInfo": "webhook_event_info",
    "WebhookEventList": "webhook_event_list",
    "WebhookInput": "webhook_input",
    "WebhookIpList": "webhook_ip_list",
    "WebhookMovementError": "webhook_movement_error",
    "WebhookMovementPayload": "webhook_movement_payload",
    "WebhookPage": "webhook_page",
    "WebhookPayload": "webhook_payload",
    "WebhookPixAutomaticCobrPayload": "webhook_pix_automatic_cobr_payload",
    "WebhookPixAutomaticPayload": "webhook_pix_automatic_payload",
    "WebhookPixRefundPayload": "webhook_pix_refund_payload",
    "WebhookPublicKey": "webhook_public_key",
    "WebhookPublicKeyList": "webhook_public_key_list",
    "WebhookResponse": "webhook_response",
    "WebhookTed": "webhook_ted",
    "WebhookTedPayload": "webhook_ted_payload",
    "WebhookTransactionPayload": "webhook_transaction_payload",
    "WithdrawTransaction": "withdraw_transaction",
    "WooviError": "woovi_error",
    "WooviErrorDataType0": "woovi_error_data_type_0",
    "WooviErrorDetail": "woovi_error_detail",
    "WooviErrorFields": "woovi_error_fields",
    "WooviErrorIssue": "woovi_error_issue",
    "WooviGraphQLError": "woovi_graph_ql_error",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountBalance",
    "AccountDeleteResponse",
    "AccountLimit",
    "AccountLimitsResponse",
    "AccountPage",
    "AccountRegister",
    "AccountRegisterDeleteResponse",
    "AccountRegisterRepresentative",
    "AccountRegisterStatus",
    "AccountResponse",
    "AccountWithdrawRequest",
    "AccountWithdrawResponse",
    "AccountWithdrawal",
    "AdditionalInfo",
    "Address",
    "AnticipationBalanceBatchRequest",
    "AnticipationBalanceBatchResult",
    "AnticipationBalanceItem",
    "AnticipationBalanceResult",
    "AnticipationBeneficiary",
    "AnticipationBeneficiaryCreateRequest",
    "AnticipationBeneficiaryResponse",
    "AnticipationFrequencyOverride",
    "AnticipationList",
    "AnticipationRejectRequest",
    "AnticipationRequest",
    "AnticipationResponse",
    "AnticipationStatus",
    "Application",
    "ApplicationCreateRequest",
    "ApplicationDeleteRequest",
    "ApplicationInput",
    "ApplicationResponse",
    "ApplicationType",
    "BoletoFinalBeneficiary",
    "BoletoInfo",
    "BoletoIssuingEntity",
    "BoletoPayment",
    "BoletoPaymentStatus",
    "BoletoTransaction",
    "BoletoTransactionCharge",
    "BoletoTransactionPage",
    "BoletoTransactionResponse",
    "BoletoTransactionStatus",
    "BoletoTransactionType",
    "BoletoValidateRequest",
    "BoletoValidateResponse",
    "Cashback",
    "CashbackBalance",
    "CashbackCreateRequest",
    "CashbackResponse",
    "Charge",
    "ChargeCreateRequest",
    "ChargeDiscountFixedDate",
    "ChargeDiscountModality",
    "ChargeDiscountSettings",
    "ChargePage",
    "ChargePaymentMethods",
    "ChargePenalty",
    "ChargePenaltyType",
    "ChargePixPaymentMethod",
    "ChargeRefund",
    "ChargeRefundCreateRequest",
    "ChargeRefundList",
    "ChargeRefundResponse",
    "ChargeRefundStatus",
    "ChargeResponse",
    "ChargeSplit",
    "ChargeSplitType",
    "ChargeStatus",
    "ChargeType",
    "ChargeUpdateRequest",
    "Company",
    "CompanyBankAccount",
    "CompanyResponse",
    "Customer",
    "CustomerCreateRequest",
    "CustomerInput",
    "CustomerPage",
    "CustomerResponse",
    "DeleteResponse",
    "Dispute",
    "DisputeEvidenceDocument",
    "DisputeEvidenceRequest",
    "DisputeEvidenceResponse",
    "DisputePage",
    "DisputeResponse",
    "DisputeStatus",
    "DisputeType",
    "EmvAdditionalDataField",
    "EmvCobCalendar",
    "EmvCobLocation",
    "EmvCobPayload",
    "EmvCobValue",
    "EmvData",
    "EmvDebtor",
    "EmvDecodeRequest",
    "EmvDecodeResponse",
    "EmvMerchantAccountInformation",
    "EmvNamedValue",
    "EmvRecCalendar",
    "EmvRecLink",
    "EmvRecLocation",
    "EmvRecPayload",
    "EmvRecReceiver",
    "EmvRecUpdate",
    "EmvRecValue",
    "EmvUnreservedTemplate",
    "FundsRecovery",
    "FundsRecoveryCreateRequest",
    "FundsRecoveryDirection",
    "FundsRecoveryEvent",
    "FundsRecoverySituationType",
    "FundsRecoveryStatus",
    "Installment",
    "InstallmentCobr",
    "InstallmentCobrRequest",
    "InstallmentCobrResult",
    "InstallmentCobrTry",
    "InstallmentPage",
    "InstallmentResponse",
    "Invoice",
    "InvoiceAddressInput",
    "InvoiceCertificateUploadRequest",
    "InvoiceCharge",
    "InvoiceCreateRequest",
    "InvoiceCustomer",
    "InvoiceCustomerInput",
    "InvoiceIntegration",
    "InvoiceIntegrationActivationRequest",
    "InvoiceIntegrationCreateRequest",
    "InvoiceIntegrationMetadata",
    "InvoiceIntegrationResponse",
    "InvoiceIntegrationStatus",
    "InvoiceIntegrationTestResponse",
    "InvoiceIntegrationType",
    "InvoiceIntegrationUpdateRequest",
    "InvoicePage",
    "InvoiceResponse",
    "InvoiceStatus",
    "KycOnboardingRepresentative",
    "KycOnboardingRequest",
    "KycOnboardingResponse",
    "NfeioSettings",
    "PageInfo",
    "PageInfoError",
    "PageInfoErrorData",
    "PartnerAccount",
    "PartnerAffiliate",
    "PartnerAffiliatePage",
    "PartnerApplicationCreateRequest",
    "PartnerCompany",
    "PartnerCompanyCreateRequest",
    "PartnerPreRegistration",
    "PartnerPreRegistrationPage",
    "PartnerPreRegistrationResponse",
    "Party",
    "PartyAccount",
    "PartyHolder",
    "PartyPixKey",
    "PartyPsp",
    "Payment",
    "PaymentApproveRequest",
    "PaymentBankAccount",
    "PaymentCreateBoletoRequest",
    "PaymentCreateManualRequest",
    "PaymentCreatePixKeyRequest",
    "PaymentCreateQrCodeRequest",
    "PaymentDestination",
    "PaymentHolder",
    "PaymentMetadata",
    "PaymentPage",
    "PaymentResponse",
    "PaymentStatus",
    "PaymentTransaction",
    "PaymentType",
    "PixKey",
    "PixKeyCheck",
    "PixKeyCheckRequest",
    "PixKeyCreateRequest",
    "PixKeyList",
    "PixKeyOwner",
    "PixKeyTokenLog",
    "PixKeyTokenLogPage",
    "PixKeyTokenOperation",
    "PixKeyTokens",
    "PixKeyType",
    "PixQrCode",
    "PixRaw",
    "PixRecurring",
    "PixRecurringJourney",
    "PixRecurringOptionsInput",
    "PixRecurringRetryPolicy",
    "PixRecurringStatus",
    "PixTransactionRefundResponse",
    "PixWithdrawTransaction",
    "PreRegistration",
    "PreRegistrationInput",
    "PreRegistrationUser",
    "PreRegistrationUserInput",
    "Psp",
    "PspList",
    "QrCodeBase64Response",
    "ReceiptType",
    "Refund",
    "RefundCreateRequest",
    "RefundPage",
    "RefundResponse",
    "RefundStatus",
    "StablecoinAppliedFee",
    "StablecoinBalanceMap",
    "StablecoinBalances",
    "StablecoinConversionQuote",
    "StablecoinCurrency",
    "StablecoinDepositApproveRequest",
    "StablecoinDepositApproveResponse",
    "StablecoinDepositRequest",
    "StablecoinDepositResponse",
    "StablecoinMarketQuote",
    "StablecoinNetwork",
    "StablecoinPayout",
    "StablecoinPayoutRequest",
    "StablecoinPixKeyOwner",
    "StablecoinQuoteResponse",
    "StablecoinSubaccount",
    "StablecoinSubaccountCreateRequest",
    "StablecoinSubaccountCreateResponse",
    "StablecoinSubaccountList",
    "StablecoinSubaccountResponse",
    "StablecoinWallet",
    "StablecoinWalletList",
    "StatementEntry",
    "StatementEntryType",
    "StaticQrCodeCreateRequest",
    "StaticQrCodePage",
    "StaticQrCodeResponse",
    "Subaccount",
    "SubaccountAmountRequest",
    "SubaccountBalanceChange",
    "SubaccountCreateRequest",
    "SubaccountDeleteResponse",
    "SubaccountOperationType",
    "SubaccountPage",
    "SubaccountResponse",
    "SubaccountTransaction",
    "SubaccountTransferRequest",
    "SubaccountTransferResponse",
    "SubaccountWithdrawRequest",
    "SubaccountWithdrawResponse",
    "Subscription",
    "SubscriptionCreateRequest",
    "SubscriptionFrequency",
    "SubscriptionPage",
    "SubscriptionResponse",
    "SubscriptionStatus",
    "SubscriptionType",
    "SubscriptionValueUpdateRequest",
    "SuccessResponse",
    "TaxId",
    "TaxIdInput",
    "TaxIdType",
    "Transaction",
    "TransactionPage",
    "TransactionResponse",
    "TransactionStatus",
    "TransactionType",
    "TransactionWebhookAttempt",
    "TransactionWebhookDelivery",
    "TransferCreateRequest",
    "TransferResponse",
    "TransferTransaction",
    "Webhook",
    "WebhookAccount",
    "WebhookAccountRegisterPayload",
    "WebhookBoletoSettledPayload",
    "WebhookChargePayload",
    "WebhookCompany",
    "WebhookCreateRequest",
    "WebhookDisputePayload",
    "WebhookEvent",
    "WebhookEventInfo",
    "WebhookEventList",
    "WebhookInput",
    "WebhookIpList",
    "WebhookMovementError",
    "WebhookMovementPayload",
    "WebhookPage",
    "WebhookPayload",
    "WebhookPixAutomaticCobrPayload",
    "WebhookPixAutomaticPayload",
    "WebhookPixRefundPayload",
    "WebhookPublicKey",
    "WebhookPublicKeyList",
    "WebhookResponse",
    "WebhookTed",
    "WebhookTedPayload",
    "WebhookTransactionPayload",
    "WithdrawTransaction",
    "WooviError",
    "WooviErrorDataType0",
    "WooviErrorDetail",
    "WooviErrorFields",
    "WooviErrorIssue",
    "WooviGraphQLError",
)
