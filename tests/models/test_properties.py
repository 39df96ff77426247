"""Every response schema of every spec, checked with generated values (hypothesis).

- A value that fits the schema parses through the operation's `_parse_response`, and `to_dict()` gives it
  back (nulls in optional fields left out: None means absent or null).
- The same value with one wrong part (a type flipped, a required field removed or set to null, a list
  where the object belongs) raises `ResponseValueError` naming that part's JSON path.

Bounded for CI: the `ci` profile (the default) draws few examples per operation, fewer as specs grow, so
the whole file stays within seconds. `HYPOTHESIS_PROFILE=thorough` draws many more.
"""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.models._schemas import WRONG, Operation, dotted, operations, replace, resolve, single_type, sites, values

PROVIDERS = ("solvimon", "woovi", "mindz")
OPERATIONS = [op for provider in PROVIDERS for op in operations(provider)]
# About 500 examples per test in all, at least 2 per operation: the specs will grow, the run must not.
PER_OPERATION = max(2, 500 // max(1, len(OPERATIONS)))

settings.register_profile(
    "ci",
    max_examples=PER_OPERATION,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", max_examples=200, deadline=None, database=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")


class _Options:
    raise_on_unexpected_status = True


def parse(op: Operation, body: Any) -> Any:
    response = httpx.Response(op.status, content=json.dumps(body).encode())
    return op.module._parse_response(client=_Options(), response=response)


def as_json(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [as_json(x) for x in parsed]
    return parsed


def response_error(op: Operation) -> type[Exception]:
    return op.module._t.ResponseValueError  # type: ignore[no-any-return]


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_valid_bodies_parse_and_come_back_from_to_dict(op: Operation) -> None:
    @settings(settings.get_profile(PROFILE))
    @given(pair=values(op.spec, op.schema))
    def check(pair: tuple[Any, Any]) -> None:
        body, expected = pair
        assert json.loads(json.dumps(as_json(parse(op, body)))) == expected

    check()


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_wrong_bodies_name_the_path_of_the_mismatch(op: Operation) -> None:
    error = response_error(op)
    root = single_type(op.spec, resolve(op.spec, op.schema))

    @settings(settings.get_profile(PROFILE))
    @given(pair=values(op.spec, op.schema), data=st.data())
    def check(pair: tuple[Any, Any], data: st.DataObject) -> None:
        body, _ = pair
        if root is not None and root[0] in WRONG:  # the whole body of the wrong JSON type
            with pytest.raises(error) as caught:
                parse(op, WRONG[root[0]])
            assert caught.value.path == ""  # type: ignore[attr-defined]
        found = list(sites(op.spec, op.schema, body))
        if not found:
            return
        site = data.draw(st.sampled_from(found))
        mutations = []
        if site.kind in WRONG:
            mutations.append((replace(body, site.path, WRONG[site.kind]), "expected"))
        if site.required and isinstance(site.path[-1], str):
            mutations.append((replace(body, site.path, None, delete=True), "required field is missing"))
            if not site.nullable:
                mutations.append((replace(body, site.path, None), "required field is null"))
        for wrong, problem in mutations:
            with pytest.raises(error) as caught:
                parse(op, wrong)
            assert caught.value.path == dotted(site.path), wrong  # type: ignore[attr-defined]
            assert caught.value.problem.startswith(problem)  # type: ignore[attr-defined]

    check()


def test_every_provider_has_response_schemas() -> None:
    counts = {p: sum(op.provider == p for op in OPERATIONS) for p in PROVIDERS}
    assert all(counts.values()), counts
