"""Every listing operation of every spec auto-paginates through its generated method, sync and async.

The specs are walked: each operation marked `x-payclients-pagination` is called on the real provider
client against a scripted server speaking the operation's style (bodies sampled from the spec's own
schemas), and must yield every item of every page, in order, asking for each page once. Then the
shared guards, per style: a repeated page, an empty page and the page cap end a listing whatever the
provider's totals say, and `max_items` / `first_page()` ask for no page too many.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from payclients import AsyncMindz, AsyncSolvimon, AsyncWoovi, Mindz, Solvimon, Woovi
from payclients._pagination import AsyncPager, SyncPager

ROOT = Path(__file__).resolve().parent.parent
TOTAL, LIMIT = 5, 2
CLIENTS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "woovi": (
        lambda t: Woovi(app_id="test-app-id", transport=t),
        lambda t: AsyncWoovi(app_id="test-app-id", transport=t),
    ),
    "solvimon": (
        lambda t: Solvimon(api_key="test-key", transport=t),
        lambda t: AsyncSolvimon(api_key="test-key", transport=t),
    ),
    "mindz": (
        lambda t: Mindz(app_id="a", api_key="k", platform="escola", transport=t),
        lambda t: AsyncMindz(app_id="a", api_key="k", platform="escola", transport=t),
    ),
}


# -- the specs' listings, and bodies sampled from their schemas ---------------------------------------------------


@functools.cache
def _spec(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
    return document


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def sample(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """A minimal value of a schema: its required fields, each with a plausible value."""
    node = _resolve(spec, node)
    for key in ("oneOf", "anyOf"):
        if key in node:
            options = [o for o in node[key] if _resolve(spec, o).get("type") != "null"]
            return sample(spec, options[0], depth + 1)
    if "allOf" in node:
        merged: dict[str, Any] = {}
        for part in node["allOf"]:
            merged.update(sample(spec, part, depth + 1) or {})
        return merged
    kind = node.get("type", "object" if "properties" in node else "string")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if "enum" in node:
        return next(v for v in node["enum"] if v is not None)
    if kind == "object":
        properties = node.get("properties", {})
        return {name: sample(spec, properties[name], depth + 1) for name in node.get("required", []) if depth < 8}
    if kind == "array":
        return []
    if kind in ("integer", "number"):
        return max(1, node.get("minimum", 1))
    if kind == "boolean":
        return False
    return {"date-time": "2026-01-01T00:00:00Z", "date": "2026-01-01"}.get(node.get("format", ""), "x")


def listings(provider: str) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(tag, method name, the mark with its style's rules, the success schema) of every listing."""
    from openapi_python_client.strings import snake_case

    spec = _spec(provider)
    styles = spec["x-payclients-pagination-styles"]
    found = []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "x-payclients-pagination" not in operation:
                continue
            mark = {**operation["x-payclients-pagination"]}
            mark["rules"] = styles[mark["style"]]
            response = _resolve(spec, operation["responses"]["200"])
            schema = _resolve(spec, next(iter(response["content"].values()))["schema"])
            found.append((operation["tags"][0], snake_case(operation["operationId"]), mark, schema))
    return found


ALL = [(provider, *listing) for provider in CLIENTS for listing in listings(provider)]


def _ids() -> list[str]:
    return [f"{provider}.{name}" for provider, _, name, _, _ in ALL]


class Server:
    """A scripted listing server speaking one style: `TOTAL` items, pages as the request asks.

    `ignore_paging` sends the first page whatever is asked; `empty_after` sends empty pages from that
    page on while claiming more; `endless` always claims more and always sends fresh items.
    """

    def __init__(self, spec: dict[str, Any], mark: dict[str, Any], schema: dict[str, Any], **quirks: Any) -> None:
        self.spec, self.mark, self.schema, self.rules = spec, mark, schema, mark["rules"]
        self.quirks = quirks
        self.requests: list[httpx.Request] = []

    def item(self, n: int) -> dict[str, Any]:
        items_schema = self.schema if self.mark["items"] == "." else self.schema["properties"][self.mark["items"]]
        value: dict[str, Any] = sample(self.spec, _resolve(self.spec, items_schema)["items"])
        return {**value, "payclientsIndex": n}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        params = request.url.params
        limit = int(params.get(self.rules["limit"], LIMIT))
        if "offset" in self.rules:
            start = int(params.get(self.rules["offset"], 0))
        else:
            start = (int(params.get(self.rules["page"], 1)) - 1) * limit
        if self.quirks.get("ignore_paging"):
            start = 0
        total = 10**9 if self.quirks.get("endless") else TOTAL
        numbers = list(range(start + 1, min(start + limit, total) + 1))
        if "empty_after" in self.quirks and len(self.requests) > self.quirks["empty_after"]:
            numbers = []
        items = [self.item(n) for n in numbers]
        more = bool(self.quirks.get("endless") or self.quirks.get("empty_after") is not None) or start + limit < total
        return httpx.Response(200, json=self.body(items, start, limit, more))

    def body(self, items: list[Any], start: int, limit: int, more: bool) -> Any:
        if self.mark["items"] == ".":
            return items
        body: dict[str, Any] = sample(self.spec, self.schema)
        body[self.mark["items"]] = items
        rules = self.rules
        if "has_more" in rules:
            body["pageInfo"] = {"skip": start, "limit": limit, "totalCount": TOTAL, "hasNextPage": more}
        if "total_pages" in rules:
            body[rules["total_pages"]] = 99 if more and start + limit >= TOTAL else -(-TOTAL // limit)
        if "next" in rules:
            body[rules["next"]] = "https://elsewhere.example/next" if more else None
        if "count" in rules:
            body[rules["count"]] = 10**9 if more else TOTAL
        return body

    def positions(self) -> list[str]:
        name = self.rules.get("offset", self.rules.get("page"))
        return [r.url.params.get(name, "") for r in self.requests]


def _method(client: Any, tag: str, name: str) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(getattr(client, tag), name)
    return method


class EmptyBody:
    """A request body for the listings that take one (Solvimon's search): `{}`."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _call(method: Callable[..., Any], **kwargs: Any) -> Any:
    """Call a listing with a stand-in for each required argument (path parameters, a body)."""
    args = []
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append("PARAM")
        elif parameter.name == "body":
            kwargs["body"] = EmptyBody()
    return method(*args, **kwargs)


def _index(item: Any) -> int:
    data = item.to_dict() if hasattr(item, "to_dict") else item
    return int(data["payclientsIndex"])


def _expected_positions(mark: dict[str, Any], pages: int) -> list[str]:
    if "offset" in mark["rules"]:
        return [str(LIMIT * n) for n in range(pages)]
    return [str(n + 1) for n in range(pages)]


# -- every listing, sync and async ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("provider", "tag", "name", "mark", "schema"), ALL, ids=_ids())
def test_every_listing_walks_every_page(provider: str, tag: str, name: str, mark: Any, schema: Any) -> None:
    server = Server(_spec(provider), mark, schema)
    client = CLIENTS[provider][0](httpx.MockTransport(server))
    pager = _call(_method(client, tag, name), limit=LIMIT)

    assert isinstance(pager, SyncPager)
    assert [_index(item) for item in pager] == list(range(1, TOTAL + 1))
    assert server.positions() == _expected_positions(mark, 3)


@pytest.mark.anyio
@pytest.mark.parametrize(("provider", "tag", "name", "mark", "schema"), ALL, ids=_ids())
async def test_every_async_listing_walks_every_page(provider: str, tag: str, name: str, mark: Any, schema: Any) -> None:
    server = Server(_spec(provider), mark, schema)
    client = CLIENTS[provider][1](httpx.MockTransport(server))
    pager = _call(_method(client, tag, name), limit=LIMIT)

    assert isinstance(pager, AsyncPager)
    assert [_index(item) async for item in pager] == list(range(1, TOTAL + 1))
    assert server.positions() == _expected_positions(mark, 3)
    pages = [page async for page in _call(_method(client, tag, name), limit=LIMIT).iter_pages()]
    assert len(pages) == 3


def test_the_listings_cover_every_style() -> None:
    styles = {(provider, mark["style"]) for provider, _, _, mark, _ in ALL}
    assert styles == {("woovi", "skip_limit"), ("woovi", "skip_limit_array"), ("solvimon", "page"), ("mindz", "drf")}
    assert len(ALL) == 20 + 2 + 22


# -- the shared guards, per style -----------------------------------------------------------------------------------

ONE_PER_STYLE = [
    next(entry for entry in ALL if entry[0] == provider and entry[3]["style"] == style)
    for provider, style in (
        ("woovi", "skip_limit"),
        ("woovi", "skip_limit_array"),
        ("solvimon", "page"),
        ("mindz", "drf"),
    )
]


def _style_ids() -> list[str]:
    return [entry[3]["style"] for entry in ONE_PER_STYLE]


def _pager(entry: Any, **quirks: Any) -> tuple[Server, Any]:
    provider, tag, name, mark, schema = entry
    server = Server(_spec(provider), mark, schema, **quirks)
    client = CLIENTS[provider][0](httpx.MockTransport(server))
    return server, _call(_method(client, tag, name), limit=LIMIT)


@pytest.mark.parametrize("entry", ONE_PER_STYLE, ids=_style_ids())
def test_a_repeated_page_ends_the_listing(entry: Any, caplog: pytest.LogCaptureFixture) -> None:
    server, pager = _pager(entry, ignore_paging=True)
    with caplog.at_level(logging.WARNING, logger="payclients"):
        items = [_index(item) for item in pager]
    assert items == [1, 2]  # a full page, then the same one again: dropped
    assert len(server.requests) == 2
    assert "the same page for" in caplog.text


@pytest.mark.parametrize("entry", ONE_PER_STYLE, ids=_style_ids())
def test_an_empty_page_ends_the_listing_whatever_the_totals_say(entry: Any) -> None:
    server, pager = _pager(entry, empty_after=1)
    assert [_index(item) for item in pager] == [1, 2]
    assert len(server.requests) == 2


@pytest.mark.parametrize("entry", ONE_PER_STYLE, ids=_style_ids())
def test_the_page_cap_ends_an_endless_listing(
    entry: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("payclients._pagination.MAX_PAGES", 4)
    server, pager = _pager(entry, endless=True)
    with caplog.at_level(logging.WARNING, logger="payclients"):
        assert len(list(pager)) == 4 * LIMIT
    assert len(server.requests) == 4
    assert "the most a pager fetches" in caplog.text


@pytest.mark.parametrize("entry", ONE_PER_STYLE, ids=_style_ids())
def test_max_items_and_first_page_fetch_no_page_too_many(entry: Any) -> None:
    server, pager = _pager(entry)
    first = pager.first_page()
    assert [_index(item) for item in pager] == list(range(1, TOTAL + 1))
    assert len(server.requests) == 3  # the first page was not fetched twice
    assert pager.first_page() is first

    server, _ = _pager(entry)
    client = CLIENTS[entry[0]][0](httpx.MockTransport(server))
    capped = _call(_method(client, entry[1], entry[2]), limit=LIMIT, max_items=3)
    assert [_index(item) for item in capped] == [1, 2, 3]
    assert len(server.requests) == 2  # the third item is on the second page: no third page is asked for


def test_solvimon_total_pages_cannot_keep_an_empty_listing_going() -> None:
    """Solvimon says 99 pages but sends an empty one: the listing ends there (issue 10)."""
    entry = next(e for e in ONE_PER_STYLE if e[3]["style"] == "page")
    server, pager = _pager(entry, empty_after=2)
    assert [_index(item) for item in pager] == [1, 2, 3, 4]
    assert server.positions() == ["1", "2", "3"]
