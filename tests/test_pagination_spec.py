"""The pagination extension of every spec is complete and consistent (specs/README.md, "Pagination").

Every operation that could page (it takes a style's page parameter and answers a list) is marked, every
mark names a declared style whose parameters the operation takes, and its items field is an array of
the response.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

SPECS = Path(__file__).resolve().parent.parent / "specs"
PROVIDERS = ("solvimon", "woovi", "mindz")
STYLE_FIELDS = {"offset", "page", "first_page", "limit", "has_more", "next", "total_pages", "count", "bare_list"}
OPERATION_FIELDS = {"style", "items", "items_alias", "max_limit", "max_offset"}
PAGE_PARAMETERS = {"skip", "offset", "page"}


def _load(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
    return document


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any], list[str], Any]]:
    """(operationId, operation, query parameter names, success schema) of every operation."""
    found = []
    for item in document["paths"].values():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            parameters = [
                _resolve(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            ]
            query = [p["name"] for p in parameters if p.get("in") == "query"]
            schema = None
            for status in ("200", "201"):
                response = _resolve(document, operation.get("responses", {}).get(status))
                for media in (response or {}).get("content", {}).values():
                    schema = _resolve(document, media.get("schema"))
            found.append((operation["operationId"], operation, query, schema))
    return found


def _lists_something(document: dict[str, Any], schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "array":
        return True
    return any(_resolve(document, p).get("type") == "array" for p in schema.get("properties", {}).values())


@pytest.mark.parametrize("provider", PROVIDERS)
def test_styles_are_declared_with_known_fields(provider: str) -> None:
    styles = _load(provider)["x-payclients-pagination-styles"]
    assert styles
    for name, style in styles.items():
        assert set(style) <= STYLE_FIELDS, (name, set(style) - STYLE_FIELDS)
        assert ("offset" in style) != ("page" in style), f"{name}: exactly one of offset and page"
        assert "limit" in style, name


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_mark_fits_its_operation(provider: str) -> None:
    document = _load(provider)
    styles = document["x-payclients-pagination-styles"]
    marked = 0
    for operation_id, operation, query, schema in _operations(document):
        mark = operation.get("x-payclients-pagination")
        if mark is None:
            continue
        marked += 1
        assert set(mark) <= OPERATION_FIELDS, (operation_id, mark)
        style = styles[mark["style"]]
        moving = style.get("offset", style.get("page"))
        assert moving in query and style["limit"] in query, (operation_id, query)
        if mark["items"] == ".":
            assert schema["type"] == "array", operation_id
        else:
            properties = schema["properties"]
            for field in (mark["items"], mark.get("items_alias", mark["items"])):
                assert _resolve(document, properties[field])["type"] == "array", (operation_id, field)
    assert marked


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_that_pages_is_marked(provider: str) -> None:
    document = _load(provider)
    unmarked = [
        operation_id
        for operation_id, operation, query, schema in _operations(document)
        if PAGE_PARAMETERS & set(query)
        and _lists_something(document, schema)
        and "x-payclients-pagination" not in operation
    ]
    assert unmarked == []


def test_the_listings_named_in_issue_10_are_marked() -> None:
    operations = {op_id: op for op_id, op, _, _ in _operations(_load("woovi"))}
    named = [
        "listPayments",
        "listPixKeys",
        "listPixKeyTokenLogs",
        "listStaticQrCodes",
        "listWebhooks",
        "listSubaccounts",
        "listDisputes",
        "listAccounts",
        "listBoletoTransactions",
        "listPartnerCompanies",
        "listPartnerAffiliates",
        "listSubscriptionInstallments",
    ]
    assert all("x-payclients-pagination" in operations[name] for name in named)
