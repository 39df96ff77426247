"""The spec facts a provider module carries out by hand stay in step with the spec (specs/README.md,
"From a spec's extensions to behaviour"): Woovi's repeated POSTs and Mindz's public v1 routing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from payclients.mindz._client import PUBLIC_TAG_PREFIX
from payclients.woovi._provider import DEDUPLICATED_POSTS

SPECS = Path(__file__).resolve().parent.parent / "specs"


def _operations(provider: str) -> list[tuple[str, str, dict[str, Any]]]:
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


def test_every_repeated_woovi_post_is_marked_with_its_key() -> None:
    marked = {
        path.lstrip("/"): operation["x-payclients-idempotency"]["field"]
        for method, path, operation in _operations("woovi")
        if method == "post" and "x-payclients-idempotency" in operation
    }
    for pattern, key in DEDUPLICATED_POSTS:
        matches = [path for path in marked if pattern.search(path)]
        assert len(matches) == 1, pattern.pattern
        assert marked[matches[0]] == key, matches[0]


def test_mindz_public_v1_operations_are_exactly_the_public_tags() -> None:
    operations = _operations("mindz")
    routed = {(m, p) for m, p, op in operations if op.get("x-payclients-base") == "public_v1"}
    public = {(m, p) for m, p, op in operations if op["tags"][0].startswith(PUBLIC_TAG_PREFIX)}
    assert routed
    assert routed == public
