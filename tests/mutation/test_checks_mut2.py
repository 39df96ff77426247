"""The shared argument checks, pinned edge by edge: which texts a header may carry, which names are
header names, which numbers are seconds, which values are lists, and the error class and argument
name each refusal carries."""

from __future__ import annotations

from typing import Any

import pytest

from payclients import ConfigurationError, ParameterError
from payclients._checks import (
    check_header_name,
    check_header_text,
    config_number,
    config_text,
    has_control_characters,
    param_list,
)
from payclients.woovi import Woovi

APP = "woovi_appid_payclients_7c3e51"


@pytest.mark.parametrize("code", [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x80, 0x9F])
def test_control_characters_are_found(code: int) -> None:
    assert has_control_characters(f"ab{chr(code)}cd")


@pytest.mark.parametrize("text", ["", " ", "~", "plain text", "\xa0", "é", "key-123_ABC"])
def test_text_without_control_characters_passes(text: str) -> None:
    assert not has_control_characters(text)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("ab\ncd", "contains a line break or another control character"),
        ("key\n", "contains a line break or another control character"),
        (" key", "has leading or trailing whitespace (a line break read from a file?)"),
        ("key ", "has leading or trailing whitespace (a line break read from a file?)"),
        ("kéy", "contains a character outside ASCII, which an HTTP header cannot carry"),
    ],
)
def test_a_bad_credential_names_its_problem(value: str, problem: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        config_text(value, "api_key")
    assert str(caught.value) == f"api_key {problem}"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "is empty"),
        ("a\x00b", "contains a line break or another control character"),
        ("key\t", "contains a line break or another control character"),
        ("\tkey", "contains a line break or another control character"),
        (" key", "has leading or trailing whitespace (a line break read from a file?)"),
        ("ключ", "contains a character outside ASCII, which an HTTP header cannot carry"),
    ],
)
def test_a_bad_header_value_of_a_call_is_a_parameter_error(value: str, problem: str) -> None:
    with pytest.raises(ParameterError) as caught:
        check_header_text(value, "Idempotency-Key")
    assert caught.value.param == "Idempotency-Key"
    assert caught.value.problem == problem


def test_a_clean_credential_is_returned_unchanged() -> None:
    assert config_text("sk_test-1.2~3", "api_key") == "sk_test-1.2~3"


@pytest.mark.parametrize("value", [123, None, b"key", ["key"]])
def test_a_credential_that_is_not_a_string_is_refused_by_type(value: Any) -> None:
    with pytest.raises(ConfigurationError) as caught:
        config_text(value, "api_key")
    assert str(caught.value) == f"api_key must be a string, not {type(value).__name__}"


@pytest.mark.parametrize("value", ["key-1", b"key-1", "a b"])
def test_clean_header_values_pass(value: object) -> None:
    check_header_text(value, "Idempotency-Key")  # no error


def test_a_bytes_header_value_outside_ascii_is_refused_as_such() -> None:
    with pytest.raises(ParameterError) as caught:
        check_header_text("kéy".encode(), "Idempotency-Key")
    assert caught.value.param == "Idempotency-Key"
    assert caught.value.problem == "contains a character outside ASCII"


def test_bytes_header_values_are_checked_like_text() -> None:
    with pytest.raises(ParameterError) as caught:
        check_header_text(b"key\r\nX-Injected: 1", "Idempotency-Key")
    assert caught.value.problem == "contains a line break or another control character"


@pytest.mark.parametrize("value", [12, 1.5, None, ["k"]])
def test_a_header_value_that_is_not_text_is_a_parameter_error(value: object) -> None:
    with pytest.raises(ParameterError) as caught:
        check_header_text(value, "X-Trace")
    assert caught.value.param == "X-Trace"
    assert caught.value.problem == f"must be a string, not {type(value).__name__}"


@pytest.mark.parametrize("name", ["Api-Key", "X-App-Id", "!#$%&'*+-.^_`|~", "a"])
def test_a_token_is_a_header_name(name: str) -> None:
    assert check_header_name(name, "api_key_header") == name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("", "''"),
        ("Api Key", "'Api Key'"),
        ("Api-Key:", "'Api-Key:'"),
        ("X" * 63 + ":", repr("X" * 63 + ":")),  # 64 characters: still shown
        ("X" * 64 + ":", "str"),  # 65: too long to show
        (123, "int"),
        (None, "NoneType"),
        (b"Api-Key", "bytes"),
    ],
)
def test_a_header_name_that_is_not_a_token_is_refused(name: object, shown: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_header_name(name, "api_key_header")
    assert str(caught.value) == f"api_key_header must be an HTTP header name, not {shown}"


@pytest.mark.parametrize(("value", "seconds"), [(5, 5.0), (0.5, 0.5), (1, 1.0), (1e-3, 1e-3), (10**6, 1e6)])
def test_a_positive_number_is_seconds(value: float, seconds: float) -> None:
    result = config_number(value, "timeout")
    assert result == seconds
    assert type(result) is float


@pytest.mark.parametrize("value", [0, 0.0, -0.0, -1, -0.5, float("nan"), float("inf"), float("-inf")])
def test_zero_negative_and_non_finite_seconds_are_refused(value: float) -> None:
    with pytest.raises(ConfigurationError) as caught:
        config_number(value, "timeout")
    assert str(caught.value) == f"timeout must be a finite number of seconds > 0, not {value!r}"


@pytest.mark.parametrize("value", [0, 0.0])
def test_zero_is_allowed_when_asked(value: float) -> None:
    assert config_number(value, "backoff", allow_zero=True) == 0.0


@pytest.mark.parametrize("value", [-1, float("nan")])
def test_allowing_zero_still_refuses_negative_and_nan(value: float) -> None:
    with pytest.raises(ConfigurationError):
        config_number(value, "backoff", allow_zero=True)


@pytest.mark.parametrize("value", [True, False, "5", None, [5]])
def test_seconds_must_be_a_number(value: object) -> None:
    with pytest.raises(ConfigurationError) as caught:
        config_number(value, "deadline")
    assert str(caught.value) == f"deadline must be a number of seconds, not {type(value).__name__}"


def test_a_client_timeout_of_zero_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Woovi(app_id=APP, timeout=0)


@pytest.mark.parametrize(
    ("value", "items"),
    [
        (["a", "b"], ["a", "b"]),
        (("a",), ["a"]),
        ({"a"}, ["a"]),
        ((x for x in "ab"), ["a", "b"]),
        ([], []),
    ],
)
def test_any_iterable_but_text_is_a_list(value: object, items: list[str]) -> None:
    assert param_list(value, "types") == items


@pytest.mark.parametrize("value", ["ab", b"ab", bytearray(b"ab"), {"a": 1}, 5, None])
def test_text_mappings_and_scalars_are_not_lists(value: object) -> None:
    with pytest.raises(ParameterError) as caught:
        param_list(value, "types")
    assert caught.value.param == "types"
    assert caught.value.problem == f"must be a list, not {type(value).__name__}"
