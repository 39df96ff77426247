"""Constructor settings: wrong types, padded or broken credentials, user info, non-finite timeouts and
loopback look-alikes are a `ConfigurationError` naming the setting and never echoing a secret."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from payclients import AsyncSolvimon, ConfigurationError, Solvimon
from payclients._config import is_loopback, require_secure_url
from payclients.mindz import AsyncMindz, Mindz
from payclients.woovi import AsyncWoovi, Woovi
from tests.conftest import TEST_SECRETS

SOLVIMON_KEY, SOLVIMON_JWT, MINDZ_APP, MINDZ_KEY, WOOVI_APP = TEST_SECRETS

Factory = Callable[..., Any]
FACTORIES: list[tuple[str, Factory]] = [
    ("Solvimon", lambda **o: Solvimon(**{"api_key": SOLVIMON_KEY, **o})),
    ("AsyncSolvimon", lambda **o: AsyncSolvimon(**{"api_key": SOLVIMON_KEY, **o})),
    ("Woovi", lambda **o: Woovi(**{"app_id": WOOVI_APP, **o})),
    ("AsyncWoovi", lambda **o: AsyncWoovi(**{"app_id": WOOVI_APP, **o})),
    ("Mindz", lambda **o: Mindz(**{"app_id": MINDZ_APP, "api_key": MINDZ_KEY, "platform": "escola", **o})),
    ("AsyncMindz", lambda **o: AsyncMindz(**{"app_id": MINDZ_APP, "api_key": MINDZ_KEY, "platform": "escola", **o})),
]
WRONG_TYPES = [123, 1.5, b"bytes", ["list"], object()]


def settings_of(name: str) -> list[str]:
    common = ["timeout", "max_retries", "transport", "deadline", "base_url"]
    return (
        common
        + {
            "Solvimon": ["api_key", "bearer_token", "platform_id", "environment"],
            "Woovi": ["app_id", "environment"],
            "Mindz": ["app_id", "api_key", "platform", "auth_style", "app_id_header", "api_key_header"],
        }[name.removeprefix("Async")]
    )


CONSTRUCTOR_CASES = [(name, factory, setting) for name, factory in FACTORIES for setting in settings_of(name)]


@pytest.mark.parametrize(
    ("name", "factory", "setting"), CONSTRUCTOR_CASES, ids=[f"{c[0]}-{c[2]}" for c in CONSTRUCTOR_CASES]
)
@pytest.mark.parametrize("value", WRONG_TYPES, ids=lambda v: type(v).__name__)
def test_a_setting_of_the_wrong_type_is_a_configuration_error_naming_it(
    name: str, factory: Factory, setting: str, value: object
) -> None:
    overrides: dict[str, Any] = {setting: value}
    if setting == "bearer_token":
        overrides["api_key"] = None
    if setting == "base_url" and name.endswith("Mindz"):
        overrides["platform"] = None
    if setting in ("max_retries", "timeout", "deadline") and isinstance(value, int | float):
        overrides[setting] = "2"  # a number is a valid value of these
    with pytest.raises(ConfigurationError) as caught:
        factory(**overrides)
    assert setting in str(caught.value)


@pytest.mark.parametrize("bad", ["key\n", "\tkey", "key ", "k\r\ney", "k\x00ey", "", "   ", "kéy"])
@pytest.mark.parametrize(
    ("factory", "setting"),
    [
        (lambda v: Solvimon(api_key=v), "api_key"),
        (lambda v: Solvimon(bearer_token=v), "bearer_token"),
        (lambda v: Solvimon(api_key=SOLVIMON_KEY, platform_id=v), "platform_id"),
        (lambda v: Woovi(app_id=v), "app_id"),
        (lambda v: Mindz(app_id=v, api_key=MINDZ_KEY, platform="escola"), "app_id"),
        (lambda v: Mindz(app_id=MINDZ_APP, api_key=v, platform="escola"), "api_key"),
        (lambda v: Mindz(app_id=MINDZ_APP, api_key=v, platform="escola", auth_style="basic"), "api_key"),
    ],
    ids=["solvimon-key", "solvimon-jwt", "solvimon-platform", "woovi", "mindz-app", "mindz-key", "mindz-basic"],
)
def test_a_credential_with_padding_or_control_characters_is_refused_unechoed(
    factory: Callable[[str], Any], setting: str, bad: str
) -> None:
    secret_part = "key" if "key" in bad else None
    with pytest.raises(ConfigurationError) as caught:
        factory(bad.replace("key", SOLVIMON_KEY) if secret_part else bad)
    message = str(caught.value)
    assert message.startswith(setting) and SOLVIMON_KEY not in message and repr(bad) not in message


@pytest.mark.parametrize("header", ["Api-Key\n", "Api Key", "", "Api-Key:", "Api-Key\r\nX: 1"])
def test_a_custom_header_name_that_is_not_a_token_is_refused(header: str) -> None:
    with pytest.raises(ConfigurationError, match="api_key_header"):
        Mindz(app_id=MINDZ_APP, api_key=MINDZ_KEY, platform="escola", api_key_header=header)


@pytest.mark.parametrize("url", ["https://ex ample.com", "https://[bad", "https://-dash.example", "https://a..b"])
@pytest.mark.parametrize(("name", "factory"), FACTORIES)
def test_a_base_url_whose_host_is_not_a_host_is_refused(name: str, factory: Factory, url: str) -> None:
    overrides: dict[str, Any] = {"base_url": url}
    if name.endswith("Mindz"):
        overrides["platform"] = None
    with pytest.raises(ConfigurationError, match="does not name a valid host"):
        factory(**overrides)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://[::1]:8443", "::1"),
        ("https://bücher.example", "bücher.example"),
        ("https://svc_1.internal", "svc_1.internal"),
    ],
)
def test_ip_literals_idns_and_service_names_are_hosts(url: str, host: str) -> None:
    assert Solvimon(api_key=SOLVIMON_KEY, base_url=url).base_url.host == host


@pytest.mark.parametrize(("name", "factory"), FACTORIES)
def test_user_info_in_base_url_is_refused_for_every_provider(name: str, factory: Factory) -> None:
    overrides: dict[str, Any] = {"base_url": "https://admin:hunter2-secret@api.example.test"}
    if name.endswith("Mindz"):
        overrides["platform"] = None
    with pytest.raises(ConfigurationError, match="user name or password") as caught:
        factory(**overrides)
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    "timeout",
    [math.nan, math.inf, -1, 0, httpx.Timeout(None), httpx.Timeout(5, read=math.inf), httpx.Timeout(5, connect=-1)],
    ids=repr,
)
@pytest.mark.parametrize(("name", "factory"), FACTORIES[::2])
def test_a_timeout_must_be_finite_and_positive(name: str, factory: Factory, timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        factory(timeout=timeout)
    with pytest.raises(ConfigurationError, match="timeout"):
        factory().with_options(timeout=timeout)


@pytest.mark.parametrize("deadline", [math.nan, math.inf, -1, 0, "5", True])
def test_a_deadline_must_be_finite_and_positive(deadline: Any) -> None:
    with pytest.raises(ConfigurationError, match="deadline"):
        Solvimon(api_key=SOLVIMON_KEY, deadline=deadline)
    with pytest.raises(ConfigurationError, match="deadline"):
        Solvimon(api_key=SOLVIMON_KEY).with_options(deadline=deadline)


def test_the_deadline_is_finite_by_default_and_set_per_client_and_per_call() -> None:
    solvimon = Solvimon(api_key=SOLVIMON_KEY)
    assert solvimon.deadline == 120.0  # as the README says
    assert Solvimon(api_key=SOLVIMON_KEY, deadline=7).deadline == 7
    assert solvimon.with_options(deadline=3).deadline == 3
    assert solvimon.with_options(timeout=5).deadline == 5
    assert solvimon.with_options(timeout=httpx.Timeout(5)).deadline == solvimon.deadline
    assert solvimon.with_options(timeout=5, deadline=9).deadline == 9


@pytest.mark.parametrize(
    "host",
    [
        "localhost.evil.example",
        "127.0.0.1.evil.example",
        "evil-localhost",
        "localhostx",
        "127.0.0.1evil",
        "0x7f000001.example",
        "::1.evil.example",
        "10.0.0.1",
        "169.254.169.254",
        "0.0.0.0",
    ],
)
def test_loopback_look_alikes_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ConfigurationError):
        require_secure_url(f"http://{host}/v1")


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST", "127.0.0.1", "127.8.9.10", "[::1]", "::1"])
def test_real_loopback_hosts_are_loopback(host: str) -> None:
    assert is_loopback(host)
