"""Every generated resource method documents itself: the spec's words, each argument, returns, raises.

What `help(solvimon.invoices.list_invoices)` shows and what the API reference renders.
"""

from __future__ import annotations

import importlib
import inspect
import pydoc
import re
from collections.abc import Iterator
from typing import Any

import pytest

import payclients

PACKAGES = ("payclients_solvimon", "payclients_woovi", "payclients_mindz")


def resource_methods() -> Iterator[tuple[str, Any]]:
    for package in PACKAGES:
        resources = importlib.import_module(f"{package}.api").RESOURCES
        for module_name, sync_name, async_name in resources.values():
            module = importlib.import_module(module_name, f"{package}.api")
            for class_name in (sync_name, async_name, f"{sync_name}WithRawResponse"):
                cls = getattr(module, class_name)
                for name, method in vars(cls).items():
                    if inspect.isfunction(method) and not name.startswith("_"):
                        yield f"{package}.{class_name}.{name}", method


METHODS = list(resource_methods())


def sections(doc: str) -> dict[str, str]:
    parts = re.split(r"^(Args|Returns|Raises):\n", doc, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_there_are_methods_to_check() -> None:
    assert len(METHODS) > 3 * 250


@pytest.mark.parametrize(("where", "method"), METHODS[::7], ids=[where for where, _ in METHODS[::7]])
def test_each_method_documents_its_arguments_returns_and_raises(where: str, method: Any) -> None:
    doc = inspect.getdoc(method) or ""
    found = sections(doc)
    parameters = [name for name in inspect.signature(method).parameters if name != "self"]

    if parameters:
        documented = re.findall(r"^    (\w+): \S", found["Args"], flags=re.MULTILINE)
        assert documented == parameters
    assert found["Returns"].strip()
    assert "APIStatusError" in found["Raises"] and "ParameterError" in found["Raises"]
    assert re.search(r"^`(GET|POST|PUT|PATCH|DELETE) /", doc, flags=re.MULTILINE)


def test_help_shows_what_each_parameter_means() -> None:
    solvimon = payclients.Solvimon(api_key="test")
    text = pydoc.render_doc(solvimon.invoices.list_invoices, renderer=pydoc.plaintext)

    assert "Returns invoices one page at a time." in text
    assert "customer_id: Only invoices of this customer." in text
    assert "page: Page number, from 1." in text
    assert "Returns:\n" in text and "Raises:\n" in text
    assert "Unset object" not in text  # defaults read None, not <Unset object at 0x...>


def test_most_arguments_carry_their_specs_description() -> None:
    """A parameter the spec describes is described in the docstring (its `description`, not dropped)."""
    undescribed = sum((inspect.getdoc(method) or "").count("Not described in the spec.") for _, method in METHODS)
    described = sum(
        len(re.findall(r"^    \w+: ", sections(inspect.getdoc(m) or "").get("Args", ""), re.M)) for _, m in METHODS
    )
    assert undescribed < described / 10
