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


def invoice_body() -> dict[str, Any]:
    cassette = yaml.safe_load(CASSETTE.read_text())
    body: dict[str, Any] = json.loads(cassette["interactions"][0]["response"]["body"]["string"])
    return body


def ingest_backfill_rows(count: int = 100_000) -> list[tuple[str, str]]:
    """Usage backfill against a loopback HTTP server: events/s, and peak memory at 10k vs `count` events."""
    import asyncio
    import threading
    import tracemalloc
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from payclients import AsyncSolvimon

    seen: set[str] = set()
    duplicates = [0]
    remember = [False]  # on for the SDK's timed run only (the floor repeats one batch; memory runs share the process)

    class Ingest(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            items = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["meter_datas"]
            for item in items if remember[0] else ():
                duplicates[0] += item["reference"] in seen
                seen.add(item["reference"])
            body = json.dumps({"meter_datas": [{"reference": i["reference"]} for i in items]}).encode()
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Ingest)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"

    def events(n: int) -> Any:
        for i in range(n):
            yield {
                "customer_reference": f"cus-{i % 50}",
                "meter_reference": "api_calls",
                "meter_values": [{"reference": "calls", "number": "1"}],
            }

    async def run(n: int) -> float:
        async with AsyncSolvimon(api_key="bench", base_url=url) as client:
            start = time.perf_counter()
            result = await client.backfill_events(events(n), batch_size=500, concurrency=4)
            assert result.accepted_count == n, result
            return time.perf_counter() - start

    async def floor(n: int) -> float:
        """Bare httpx posting the same batches, 4 at a time: what the server and the loopback cost."""
        batch = list(events(500))
        for i, item in enumerate(batch):
            item["reference"] = f"floor-{i}"
        async with httpx.AsyncClient(base_url=url) as bare:
            start = time.perf_counter()
            for _ in range(n // 2000):
                await asyncio.gather(
                    *(bare.post("/v1/events/ingest-list", json={"meter_datas": batch}) for _ in range(4))
                )
            return time.perf_counter() - start

    try:
        bare_seconds = asyncio.run(floor(count))
        remember[0] = True
        seconds = asyncio.run(run(count))
        remember[0] = False
        seen.clear()
        peaks = []
        for n in (10_000, count):
            tracemalloc.start()
            asyncio.run(run(n))
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    finally:
        server.shutdown()
        server.server_close()
    return [
        (
            f"backfill {count:,} events, loopback HTTP, 4 in flight",
            f"{count / seconds:,.0f} events/s "
            f"({seconds / bare_seconds:.2f}x the time of bare httpx, {count / bare_seconds:,.0f}/s)",
        ),
        ("backfill peak memory, 10k vs 100k events", f"{peaks[0] / 1e6:.1f} MB vs {peaks[1] / 1e6:.1f} MB"),
        ("backfill duplicate references seen by the server", f"{duplicates[0]}"),
    ]


def main() -> int:
    from payclients import Solvimon
    from payclients.testing import FakeSolvimon
    from payclients_solvimon.models import Invoice

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

    parse = per_call_seconds(lambda: Invoice.from_dict(json.loads(raw)))
    rows.append(("parse one full invoice (json + from_dict)", f"{parse * 1e6:.0f} µs ({1 / parse:,.0f}/s)"))
    invoice = Invoice.from_dict(body)
    dump = per_call_seconds(invoice.to_dict)
    rows.append(("serialise it back (to_dict)", f"{dump * 1e6:.0f} µs"))

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

    rows.extend(ingest_backfill_rows())

    width = max(len(name) for name, _ in rows)
    print(f"payclients benchmark (Python {sys.version.split()[0]}, httpx {httpx.__version__})")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
