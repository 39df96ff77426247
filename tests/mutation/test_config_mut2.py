"""Client settings as a user meets them: what a Woovi client sends (base URL, per-request timeouts,
User-Agent, credential) for each way of setting it, the whole-call deadline it keeps, and the exact
`ConfigurationError` for each setting it refuses."""

from __future__ import annotations

import platform
from typing import Any

import httpx
import pytest

from payclients import ConfigurationError
from payclients._config import is_loopback, require_secure_url
from payclients._version import __version__
from payclients.woovi import Woovi
from tests.conftest import Script

APP = "woovi_appid_payclients_7c3e51"
CHARGE = {"charge": {"correlationID": "order-1", "value": 1500, "status": "ACTIVE", "brCode": "000201"}}


def sent(**settings: Any) -> httpx.Request:
    """The one request a charge lookup sends with these client settings."""
    script = Script(httpx.Response(200, json=CHARGE))
    client = Woovi(**{"app_id": APP, **settings}, transport=script.transport())
    client.get_charge("order-1")
    (request,) = script.requests
    return request


def test_the_default_timeouts_are_finite_per_phase() -> None:
    assert sent().extensions["timeout"] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}


def test_the_default_deadline_is_two_minutes() -> None:
    assert Woovi(app_id=APP).deadline == 120.0


def test_a_number_as_timeout_bounds_every_phase_and_the_whole_call() -> None:
    request = sent(timeout=5, deadline=100)  # a wait is also capped by what is left of the deadline
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert Woovi(app_id=APP, timeout=5).deadline == 5.0


def test_an_httpx_timeout_is_sent_as_given_and_leaves_the_default_deadline() -> None:
    timeout = httpx.Timeout(3.0, connect=1.0)
    assert sent(timeout=timeout).extensions["timeout"] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert Woovi(app_id=APP, timeout=timeout).deadline == 120.0


def test_an_explicit_deadline_beats_a_number_as_timeout() -> None:
    assert Woovi(app_id=APP, timeout=5, deadline=30).deadline == 30.0
    assert Woovi(app_id=APP, deadline=7.5).deadline == 7.5


def test_with_options_timeout_bounds_the_call_too() -> None:
    client = Woovi(app_id=APP).with_options(timeout=2)
    assert client.deadline == 2.0


@pytest.mark.parametrize(
    ("timeout", "message"),
    [
        (httpx.Timeout(None), "timeout: the connect timeout must be a number of seconds, not None"),
        (httpx.Timeout(5.0, pool=None), "timeout: the pool timeout must be a number of seconds, not None"),
        (httpx.Timeout(5.0, connect=-1), "timeout (connect) must be a finite number of seconds > 0, not -1"),
        ("5", "timeout must be a positive number of seconds or an httpx.Timeout, not str"),
        (True, "timeout must be a positive number of seconds or an httpx.Timeout, not bool"),
        ([5], "timeout must be a positive number of seconds or an httpx.Timeout, not list"),
        (0, "timeout must be a finite number of seconds > 0, not 0"),
    ],
)
def test_a_bad_timeout_is_refused_by_name(timeout: Any, message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Woovi(app_id=APP, timeout=timeout)
    assert str(caught.value) == message


def test_a_bad_deadline_is_refused_even_with_a_good_timeout() -> None:
    with pytest.raises(ConfigurationError, match=r"^deadline must be a finite number"):
        Woovi(app_id=APP, timeout=5, deadline=-1)


# -- base URL and environments -----------------------------------------------------------------------------


def test_the_default_environment_is_production() -> None:
    assert str(sent().url) == "https://api.woovi.com/api/v1/charge/order-1"


def test_a_named_environment_picks_its_url() -> None:
    assert sent(environment="sandbox").url.host == "api.woovi-sandbox.com"


def test_the_environment_variable_picks_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_ENVIRONMENT", "sandbox")
    assert sent().url.host == "api.woovi-sandbox.com"
    assert sent(environment="production").url.host == "api.woovi.com"


def test_a_blank_environment_variable_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_ENVIRONMENT", "   ")
    assert sent().url.host == "api.woovi.com"


def test_a_padded_environment_variable_is_read_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_ENVIRONMENT", " sandbox\n")
    assert sent().url.host == "api.woovi-sandbox.com"


def test_an_unknown_environment_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Woovi(app_id=APP, environment="staging")
    assert str(caught.value) == (
        "unknown environment 'staging' (from the environment argument or WOOVI_ENVIRONMENT); "
        "use one of 'production', 'sandbox', or pass base_url"
    )


def test_an_environment_that_is_not_text_is_refused() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Woovi(app_id=APP, environment=5)  # type: ignore[arg-type]
    assert str(caught.value) == "environment must be a string, not int"


def test_a_base_url_beats_the_environment_and_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_BASE_URL", "https://from-variable.example.com")
    assert sent(base_url="https://api.example.com/", environment="sandbox").url == httpx.URL(
        "https://api.example.com/api/v1/charge/order-1"
    )
    assert sent(environment="sandbox").url.host == "from-variable.example.com"


def test_a_padded_base_url_is_trimmed() -> None:
    assert sent(base_url="  https://api.example.com/root/  ").url == httpx.URL(
        "https://api.example.com/root/api/v1/charge/order-1"
    )


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (123, "base_url must be a string, not int"),
        ("https://api.example.com/a\x00b", "base_url is not a valid URL"),
        ("ftp://api.example.com", "base_url must be an absolute https URL"),
        ("https://", "base_url must be an absolute https URL"),
        ("/api", "base_url must be an absolute https URL"),
        ("https://api.example.com/\x85", "base_url contains a control character"),
        (
            "https://user:pw@api.example.com",
            "base_url must not contain a user name or password; pass the credentials apart",
        ),
        (
            "http://api.example.com",
            "refusing to send credentials to http://api.example.com: use https (plain http is allowed only to "
            "loopback addresses such as localhost or 127.0.0.1)",
        ),
    ],
)
def test_a_bad_base_url_is_refused_by_name(base_url: Any, message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Woovi(app_id=APP, base_url=base_url)
    assert str(caught.value) == message


def test_a_bad_base_url_from_the_variable_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_BASE_URL", "https://user:pw@api.example.com")
    with pytest.raises(ConfigurationError) as caught:
        Woovi(app_id=APP)
    assert str(caught.value).startswith("WOOVI_BASE_URL must not contain a user name or password")
    assert "pw" not in str(caught.value)


def test_plain_http_to_loopback_is_allowed() -> None:
    assert str(sent(base_url="http://127.0.0.1:8080").url) == "http://127.0.0.1:8080/api/v1/charge/order-1"
    assert sent(base_url="http://localhost:9").url.host == "localhost"


# -- loopback and secure URLs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "LocalHost",
        "localhost.localdomain",
        "LOCALHOST.LOCALDOMAIN",
        "api.localhost",
        "A.LOCALHOST",
        "127.0.0.1",
        "127.255.0.9",
        "::1",
        "[::1]",
    ],
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host) is True


@pytest.mark.parametrize(
    "host",
    ["example.com", "localhost.evil.example", "evil-localhost", "notlocalhost", "10.0.0.1", "[::2]", "0.0.0.0", ""],
)
def test_hosts_that_are_not_loopback(host: str) -> None:
    assert is_loopback(host) is False


@pytest.mark.parametrize(
    "url", ["https://api.example.com", "http://127.0.0.1:8000/x", "http://localhost", "HTTPS://A.B"]
)
def test_secure_urls_pass(url: str) -> None:
    require_secure_url(url)
    require_secure_url(httpx.URL(url))


@pytest.mark.parametrize(
    "url", ["ftp://localhost/x", "ws://127.0.0.1", "http://example.com", "http://localhost.evil.example"]
)
def test_other_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match=r"^refusing to send credentials to "):
        require_secure_url(url)


def test_an_invalid_url_is_refused_as_configuration() -> None:
    with pytest.raises(ConfigurationError) as caught:
        require_secure_url("https://api.example.com/a\x00b")
    assert str(caught.value) == "the base URL is not a valid URL"


# -- what every request carries ------------------------------------------------------------------------------


def test_the_user_agent_names_the_sdk_python_and_httpx() -> None:
    major, minor, _ = platform.python_version_tuple()
    assert sent().headers["User-Agent"] == f"payclients/{__version__} python/{major}.{minor} httpx/{httpx.__version__}"


def test_the_app_id_comes_from_the_argument_then_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_APP_ID", "  from-variable \n")
    assert sent(app_id=None).headers["Authorization"] == "from-variable"
    assert sent(app_id="from-argument").headers["Authorization"] == "from-argument"


def test_a_blank_app_id_variable_is_no_app_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_APP_ID", " ")
    with pytest.raises(ConfigurationError, match=r"^Woovi needs an AppID"):
        Woovi()
