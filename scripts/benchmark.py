"""Measure what users pay for: import time, parsing speed, per-call overhead, fake overhead, memory.

    python scripts/benchmark.py            # prints a table; numbers are medians of several runs

Nothing here is a test (timings vary between machines); run it before and after a change that could
cost speed or memory, and compare.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
CASSETTE = ROOT / "tests" / "solvimon" / "cassettes" / "test_invoices" / "test_get_invoice.yaml"


def fresh_interpreter_seconds(code: str, runs: int = 7) -> float:
    """Median wall time of `code` in a new interpreter, minus the interpreter's own start-up."""

    def once(snippet: str) -> float:
        program = f"import time; t = time.perf_counter(); {snippet}; print(time.perf_counter() - t)"
        out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
        return float(out.stdout.strip())

    return statistics.median(once(code) for _ in range(runs))


def per_call_seconds(call: Callable[[], Any], *, seconds: float = 1.0) -> float:
    """Median seconds per call over batches that together take about `seconds`."""
    call()
    batch, times = 1, []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        t = time.perf_counter()
        for _ in range(batch):
            call()
        times.append((time.perf_counter() - t) / batch)
        batch = min(batch * 2, 256)
    return statistics.median(times)


def ratio(call: Callable[[], Any], floor: Callable[[], Any], *, rounds: int = 7) -> float:
    """How many times `floor` one `call` costs: the median over alternating rounds, so that a busy
    machine slows both sides alike."""
    return statistics.median(
        per_call_seconds(call, seconds=0.2) / per_call_seconds(floor, seconds=0.2) for _ in range(rounds)
    )


def invoice_body() -> dict[str, Any]:
    cassette = yaml.safe_load(CASSETTE.read_text())
    body: dict[str, Any] = json.loads(cassette["interactions"][0]["response"]["body"]["string"])
    return body


def main() -> int:
    from payclients import Solvimon
    from payclients.testing import FakeSolvimon
    from payclients_solvimon.models import Invoice
    from payclients_solvimon.types import decode_json

    body = invoice_body()
    raw = json.dumps(body).encode()
    rows: list[tuple[str, str]] = []

    rows.append(("import payclients", f"{fresh_interpreter_seconds('import payclients') * 1000:.1f} ms"))
    rows.append(
        (
            "import one model (lazy models/__init__)",
            f"{fresh_interpreter_seconds('from payclients_solvimon.models import Invoice') * 1000:.1f} ms",
        )
    )
    eager = (
        "import importlib, payclients_solvimon.models as m; "
        "[importlib.import_module('payclients_solvimon.models.' + n) for n in set(m._MODULES.values())]"
    )
    rows.append(
        ("import every Solvimon model (what eager would cost)", f"{fresh_interpreter_seconds(eager) * 1000:.1f} ms")
    )

    parse = per_call_seconds(lambda: Invoice.from_dict(decode_json(raw)))
    rows.append(("parse one full invoice (json + from_dict)", f"{parse * 1e6:.0f} µs ({1 / parse:,.0f}/s)"))
    invoice = Invoice.from_dict(body)
    dump = per_call_seconds(invoice.to_dict)
    rows.append(("serialise it back (to_dict)", f"{dump * 1e6:.0f} µs"))
    # Issue 8's targets, validation included, as ratios to json.loads of the same bytes in this run.
    data = decode_json(raw)
    loads = lambda: json.loads(raw)  # noqa: E731
    rows.append(
        ("Invoice.from_dict / json.loads (target <= 2.5x)", f"{ratio(lambda: Invoice.from_dict(data), loads):.2f}x")
    )
    rows.append(("Invoice.to_dict / json.loads (target <= 1.5x)", f"{ratio(invoice.to_dict, loads):.2f}x"))
    rows.append(("repr of the invoice", f"{len(repr(invoice)):,} characters"))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"content-type": "application/json", "x-request-id": "r"})

    solvimon = Solvimon(api_key="bench", transport=httpx.MockTransport(answer))
    call = per_call_seconds(lambda: solvimon.get_invoice("invo_1"))
    bare = httpx.Client(transport=httpx.MockTransport(answer), base_url="https://test.api.solvimon.com")
    plain = per_call_seconds(lambda: Invoice.from_dict(bare.get("/v1/invoices/invo_1").json()))
    rows.append(("get_invoice through the runtime (mock transport)", f"{call * 1e6:.0f} µs"))
    rows.append(("the same with bare httpx + from_dict", f"{plain * 1e6:.0f} µs"))
    rows.append(("runtime overhead per call", f"{(call - plain) * 1e6:.0f} µs"))

    fake = FakeSolvimon()
    faked = Solvimon(api_key="test", transport=fake)
    first = fake.invoice_ids[0]
    checked = per_call_seconds(lambda: faked.get_invoice(first))
    unchecked_fake = FakeSolvimon(check_spec=False)
    unchecked = Solvimon(api_key="test", transport=unchecked_fake)
    loose = per_call_seconds(lambda: unchecked.get_invoice(unchecked_fake.invoice_ids[0]))
    rows.append(("get_invoice against FakeSolvimon (spec-checked)", f"{checked * 1000:.2f} ms"))
    rows.append(("the same without spec checks", f"{loose * 1000:.2f} ms"))

    tracemalloc.start()
    invoices = [Invoice.from_dict(body) for _ in range(1000)]
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(
        ("memory for 1,000 parsed invoices", f"{current / 1e6:.1f} MB ({current / len(invoices) / 1000:.1f} kB each)")
    )

    width = max(len(name) for name, _ in rows)
    print(f"payclients benchmark (Python {sys.version.split()[0]}, httpx {httpx.__version__})")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
