"""Mindz test helpers: the credentials and tenant the tests use, and a check that cassettes are used up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import TEST_SECRETS

APP_ID = TEST_SECRETS[2]
API_KEY = TEST_SECRETS[3]
PLATFORM = "escola-exemplo"
HOST = f"https://{PLATFORM}.mindz.com.br"
ACCOUNT = "conta-principal"
WEBHOOK_SECRET = "whsec_mindz_payclients_5c0ffee"


@pytest.fixture(autouse=True)
def _cassette_is_played_in_full(request: pytest.FixtureRequest) -> Iterator[None]:
    """A cassette test passes only if the client made every recorded request, in full."""
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    cassette = request.getfixturevalue("vcr")
    yield
    assert cassette.all_played, "some requests recorded in the cassette were never made"
