"""payclients: typed clients for Woovi, Mindz/MindzPay and Solvimon.

>>> from payclients import Solvimon
>>> invoice = Solvimon(api_key="...").refresh_invoice("inv_1", types=["CUSTOMER"])
"""

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    ParameterError,
    PayclientsError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._pagination import AsyncPager, SyncPager
from ._response import APIResponse
from ._version import __version__
from .mindz import AsyncMindz, Mindz
from .solvimon import AsyncSolvimon, Solvimon
from .woovi import AsyncWoovi, Woovi

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMindz",
    "AsyncPager",
    "AsyncSolvimon",
    "AsyncWoovi",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "Mindz",
    "NotFoundError",
    "ParameterError",
    "PayclientsError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "Solvimon",
    "SyncPager",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "Woovi",
    "__version__",
]
