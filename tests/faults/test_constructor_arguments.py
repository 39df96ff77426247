"""A client constructor given an argument it does not take raises ConfigurationError, like a bad value.

The message names the argument; the value, which may be a key passed under a misspelt name, is in
neither the message, the repr, the pickle, nor the exception's cause or context.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from payclients import AsyncMindz, AsyncSolvimon, AsyncWoovi, ConfigurationError, Mindz, Solvimon, Woovi

SECRET = "sk_live_constructor_secret_0123456789"
CLIENTS: dict[str, tuple[type, dict[str, Any]]] = {
    "Solvimon": (Solvimon, {"api_key": SECRET}),
    "AsyncSolvimon": (AsyncSolvimon, {"api_key": SECRET}),
    "Woovi": (Woovi, {"app_id": SECRET}),
    "AsyncWoovi": (AsyncWoovi, {"app_id": SECRET}),
    "Mindz": (Mindz, {"app_id": "app", "api_key": SECRET, "platform": "escola"}),
    "AsyncMindz": (AsyncMindz, {"app_id": "app", "api_key": SECRET, "platform": "escola"}),
}


def _leaks(error: BaseException) -> list[str]:
    found = []
    seen: BaseException | None = error
    while seen is not None:
        for text in (str(seen), repr(seen), repr(seen.args)):
            if SECRET in text:
                found.append(text)
        seen = seen.__cause__ or seen.__context__
    if SECRET.encode() in pickle.dumps(error):
        found.append("pickle")
    return found


@pytest.mark.parametrize("name", CLIENTS)
def test_an_unknown_keyword_is_a_configuration_error_naming_it(name: str) -> None:
    cls, good = CLIENTS[name]
    with pytest.raises(ConfigurationError, match=rf"^{name}\(\): .*'apikey'") as caught:
        cls(**good, apikey=SECRET)  # a misspelt key name, holding the key
    assert _leaks(caught.value) == []
    assert caught.value.__cause__ is None and caught.value.__context__ is None


@pytest.mark.parametrize("name", CLIENTS)
def test_positional_arguments_are_a_configuration_error(name: str) -> None:
    cls, good = CLIENTS[name]
    with pytest.raises(ConfigurationError, match=rf"^{name}\(\): ") as caught:
        cls(SECRET, SECRET, SECRET, SECRET, **good)
    assert _leaks(caught.value) == []


@pytest.mark.parametrize("name", CLIENTS)
def test_the_right_arguments_still_build_a_client(name: str) -> None:
    cls, good = CLIENTS[name]
    client = cls(**good)
    assert SECRET not in repr(client)
