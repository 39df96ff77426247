"""payclients: typed clients for Woovi, Mindz/MindzPay and Solvimon.

>>> from payclients import Solvimon
>>> invoice = Solvimon(api_key="...").refresh_invoice("inv_1", types=["CUSTOMER"])

The provider clients load on first use (module `__getattr__`), so a Solvimon user does not import
the Mindz and Woovi modules; type checkers see them as plain imports.
"""

import importlib
import typing

from . import _httpx  # noqa: F401  (first: imports httpx without its CLI)
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

if typing.TYPE_CHECKING:
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

_LAZY = {
    "Mindz": ".mindz",
    "AsyncMindz": ".mindz",
    "Solvimon": ".solvimon",
    "AsyncSolvimon": ".solvimon",
    "Woovi": ".woovi",
    "AsyncWoovi": ".woovi",
}


def __getattr__(name: str) -> typing.Any:
    """Import a provider client on first use and keep it, so later lookups are plain attributes."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
