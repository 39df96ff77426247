"""The public surface is exactly what `__all__` lists: a cheap guard against accidental API changes."""

from __future__ import annotations

import importlib

import pytest

import payclients

PUBLIC_MODULES = [
    "payclients",
    "payclients.mindz",
    "payclients.mindz.webhooks",
    "payclients.mindz.models",
    "payclients.solvimon",
    "payclients.solvimon.models",
    "payclients.solvimon.webhooks",
    "payclients.woovi",
    "payclients.woovi.models",
]


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_all_lists_exactly_the_public_names(module_name: str) -> None:
    module = importlib.import_module(module_name)
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", module_name).startswith("payclients")
        and not (isinstance(value, type(payclients)))
    }
    assert set(module.__all__) >= public - {"annotations"}
    for name in module.__all__:
        assert hasattr(module, name), name


def test_payclients_exports() -> None:
    assert sorted(payclients.__all__) == sorted(
        [
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
    )


def test_every_error_is_a_payclients_error() -> None:
    for name in payclients.__all__:
        value = getattr(payclients, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, payclients.PayclientsError), name
