"""What our templates add to the generated clients, checked on every generated package.

- every operation of a spec is a method of its tag's resource class (sync, async, raw), and routes
  to the spec's method and path through the invoker;
- enums are open: unknown values survive parsing and serialise back unchanged;
- models load lazily: `import payclients` and importing one model stay cheap;
- each package ships `py.typed`.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {path.name: path for path in sorted((ROOT / "generated").glob("payclients_*"))}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def spec_operations(package: str) -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path with every parameter as {}), from the (merged) spec the package ships."""
    spec = json.loads((PACKAGES[package] / "openapi.json").read_text())
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method.upper(), re.sub(r"\{[^}]+\}", "{}", path))
    return found


class Stub(str):
    """Stands in for any argument: a string that also looks like a model, an enum and a date."""

    value = "stub"

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []

    def isoformat(self) -> str:
        return "2026-01-01"


class SpyInvoker:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def request(self, operation: str, request: dict[str, Any], parse: Any) -> Any:
        assert callable(parse)
        self.calls.append((operation, request))
        return None

    request_raw = request

    def paginate(self, operation: str, request: dict[str, Any], parse: Any, listing: Any, **options: Any) -> Any:
        assert listing.rules and listing.items
        return self.request(operation, request, parse)


class AsyncSpyInvoker(SpyInvoker):
    async def request(self, operation: str, request: dict[str, Any], parse: Any) -> Any:  # type: ignore[override]
        return super().request(operation, request, parse)

    request_raw = request  # type: ignore[assignment]


def resource_classes(package: str) -> dict[str, tuple[type, type]]:
    api = importlib.import_module(f"{package}.api")
    classes = {}
    for tag, (module_name, sync_name, async_name) in api.RESOURCES.items():
        module = importlib.import_module(module_name, f"{package}.api")
        classes[tag] = (getattr(module, sync_name), getattr(module, async_name))
    return classes


def public_methods(cls: type) -> list[str]:
    return [n for n, v in vars(cls).items() if not n.startswith("_") and inspect.isfunction(v)]


def call_with_stubs(method: Any) -> Any:
    signature = inspect.signature(method)
    args = []
    kwargs = {}
    for name, parameter in signature.parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(Stub("PARAM"))
        else:
            kwargs[name] = Stub("stub")
    return method(*args, **kwargs)


def routed(request: dict[str, Any]) -> str:
    """The path template with each path parameter as {}; the values travel apart, unencoded."""
    url = str(request["url"])
    for name, value in request.get("path_params", {}).items():
        assert value == "PARAM" and "{" + name + "}" in url
        url = url.replace("{" + name + "}", "{}")
    assert "PARAM" not in url
    return url


@pytest.fixture(params=sorted(PACKAGES))
def package(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_operation_is_a_method_that_routes_to_its_path(package: str) -> None:
    expected = spec_operations(package)
    spy = SpyInvoker()
    seen: dict[str, tuple[str, str]] = {}
    for sync_cls, _ in resource_classes(package).values():
        resource = sync_cls(spy)
        for name in public_methods(sync_cls):
            call_with_stubs(getattr(resource, name))
            operation, request = spy.calls[-1]
            assert operation == name
            seen[name] = (request["method"].upper(), routed(request))
    assert len(seen) == len(expected)
    assert sorted(seen.values()) == sorted(expected.values())


@pytest.mark.anyio
async def test_async_and_raw_resources_have_the_same_operations(package: str) -> None:
    for sync_cls, async_cls in resource_classes(package).values():
        names = public_methods(sync_cls)
        assert public_methods(async_cls) == names
        spy = AsyncSpyInvoker()
        raw = async_cls(spy).with_raw_response
        assert public_methods(type(raw)) == names
        for name in names:
            await call_with_stubs(getattr(raw, name))
        assert [operation for operation, _ in spy.calls] == names


def test_enums_are_open() -> None:
    from payclients_solvimon.models import Invoice, InvoiceType, RefreshInvoiceRequest, RefreshInvoiceType

    assert RefreshInvoiceType("FULL") is RefreshInvoiceType.FULL
    new = RefreshInvoiceType("PAYMENT_TERMS")
    assert new == "PAYMENT_TERMS"
    assert new.name == "UNKNOWN_PAYMENT_TERMS"
    assert not new.is_known and RefreshInvoiceType.FULL.is_known
    assert RefreshInvoiceRequest(types=[new]).to_dict() == {"types": ["PAYMENT_TERMS"]}

    invoice = Invoice.from_dict(
        {"id": "inv_1", "status": "DRAFT", "type": "RECURRING_CREDIT", "invoice_date": "2026-01-01T00:00:00Z"}
    )
    assert isinstance(invoice.type_, InvoiceType)
    assert invoice.type_ == "RECURRING_CREDIT"
    assert invoice.to_dict()["type"] == "RECURRING_CREDIT"


def test_enum_rejects_values_of_the_wrong_type() -> None:
    from payclients_solvimon.models import InvoiceType

    with pytest.raises(ValueError):
        InvoiceType(42)  # type: ignore[arg-type]


def _modules_after(code: str) -> list[str]:
    output = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [m for m in output.splitlines() if m.startswith("payclients_")]


def test_importing_payclients_imports_no_generated_model() -> None:
    loaded = _modules_after("import payclients")
    assert [m for m in loaded if ".models." in m or ".api." in m] == []


SOLVIMON_MODELS = len(list((ROOT / "generated" / "payclients_solvimon" / "models").glob("*.py"))) - 1


def test_importing_one_model_imports_only_it_and_its_enums() -> None:
    assert SOLVIMON_MODELS > 200
    models = [m for m in _modules_after("from payclients_solvimon.models import Invoice") if ".models." in m]
    assert "payclients_solvimon.models.invoice" in models
    assert all(m.endswith(("invoice", "_type", "_status")) for m in models), models
    assert len(models) <= 10


def test_parsing_loads_a_small_part_of_the_models() -> None:
    # from_dict imports the models an object refers to directly, on first use; nothing else.
    code = (
        "from payclients_solvimon.models import Invoice\n"
        "Invoice.from_dict({'id': 'i', 'status': 'DRAFT', 'type': 'STANDARD', 'invoice_date': '2026-01-01T00:00:00Z',"
        " 'invoice_amount_including_tax': {'quantity': '1.00', 'currency': 'EUR'}})"
    )
    models = [m for m in _modules_after(code) if ".models." in m]
    assert len(models) < SOLVIMON_MODELS / 4


LOADED = "print(sorted(m for m in sys.modules if m.startswith(OPERATIONS) or m.endswith('_request')))"


@pytest.mark.parametrize(
    ("client", "resource", "call"),
    [
        ("Solvimon(api_key='test', transport=fake)", "invoices", "get_invoice(fake.invoice_ids[0])"),
        ("Woovi(app_id='test', transport=fake)", "charges", "list_charges().first_page()"),
        (
            "Mindz(app_id='test-app', api_key='test-key', platform='escola', transport=fake)",
            "mindzpay_invoices",
            "list_mindz_pay_invoices('acct_demo').first_page()",
        ),
    ],
)
def test_a_resource_imports_an_operation_and_its_models_on_first_call(client: str, resource: str, call: str) -> None:
    provider = client.partition("(")[0]
    operations = f"payclients_{provider.lower()}.api.{resource}."
    code = "\n".join(
        [
            "import sys",
            f"from payclients import {provider}",
            f"from payclients.testing import Fake{provider}",
            f"OPERATIONS = {operations!r}",
            f"fake = Fake{provider}(check_spec=False)",
            f"resource = {client}.{resource}",
            LOADED,
            f"resource.{call}",
            LOADED,
        ]
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    reached, called = (ast.literal_eval(line) for line in done.stdout.splitlines()[-2:])
    assert reached == []  # reaching a resource imports none of its operations, nor any request model
    assert called == [operations + call.partition("(")[0]]


@pytest.mark.parametrize("package_dir", sorted(PACKAGES.values()), ids=sorted(PACKAGES))
def test_packages_ship_py_typed(package_dir: Path) -> None:
    assert (package_dir / "py.typed").is_file()
    assert (ROOT / "sdk" / "payclients" / "py.typed").is_file()
