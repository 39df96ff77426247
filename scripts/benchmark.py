"""What users pay for, each figure as a ratio to a floor measured in the same run.

    python scripts/benchmark.py            # about 3 minutes
    python scripts/benchmark.py --quick    # under a minute, noisier

Every row times a subject against its floor (raw httpx, `json.loads`, a bare interpreter ...), the two
interleaved round by round, and reports the median of both and the median of the per-round ratios, so
a busy machine slows both sides alike. HTTP goes to a keep-alive server on loopback, in its own process.
When stripe or openai are installed, their clients are measured the same way, for comparison (they
are not dependencies of payclients).

Nothing here is a test: timings vary between machines. Run it before and after a change that could
cost speed or memory, and compare the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "solvimon" / "cassettes" / "test_invoices"
PAGES, PAGE_SIZE = 100, 100

# -- the loopback server ---------------------------------------------------------------------------


def invoice_body() -> dict[str, Any]:
    """The documented full invoice (about 8 kB of JSON), from the get_invoice cassette."""
    cassette = yaml.safe_load((CASSETTES / "test_get_invoice.yaml").read_text())
    body: dict[str, Any] = json.loads(cassette["interactions"][0]["response"]["body"]["string"])
    return body


def listing_item(body: dict[str, Any], n: int) -> dict[str, Any]:
    """A listing's invoice: the full one without its nested lines and parties (about 1.5 kB)."""
    heavy = ("periods", "tax_summary", "tax_categories", "customer", "billing_entity")
    item = {k: v for k, v in body.items() if k not in heavy}
    item["id"] = f"invo_{n:06d}"
    return item


def serve() -> None:
    """An HTTP/1.1 keep-alive server on 127.0.0.1 that prints its port and answers until stdin closes.

    GET /v1/invoices?page=N&limit=L    a page of the listing (PAGES pages)
    GET /v1/invoices/<id>              the full invoice
    anything else                      a tiny JSON object (for the openai row)
    """
    body = invoice_body()
    invoice = json.dumps(body).encode()
    tiny = b'{"id":"x","object":"model","created":0,"owned_by":"bench"}'
    pages: dict[tuple[int, int], bytes] = {}

    def page(number: int, limit: int) -> bytes:
        if (number, limit) not in pages:
            start = (number - 1) * limit
            items = [listing_item(body, start + i) for i in range(limit)] if number <= PAGES else []
            pages[number, limit] = json.dumps(
                {"data": items, "page": number, "limit": limit, "total_number_of_pages": PAGES}
            ).encode()
        return pages[number, limit]

    def answer(target: str) -> bytes:
        url = urlsplit(target)
        if url.path == "/v1/invoices":
            query = parse_qs(url.query)
            return page(int(query.get("page", ["1"])[0]), int(query.get("limit", [str(PAGE_SIZE)])[0]))
        if url.path.startswith("/v1/invoices/"):
            return invoice
        return tiny

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                target = lines[0].split(b" ")[1].decode()
                length = 0
                for line in lines[1:]:
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                content = answer(target)
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: req_bench\r\n"
                    b"request-id: req_bench\r\ncontent-length: %d\r\n\r\n%s" % (len(content), content)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.CancelledError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=2048)
        print(server.sockets[0].getsockname()[1], flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)  # until the benchmark closes our stdin
        server.close()

    asyncio.run(main())


class Server:
    def __enter__(self) -> str:
        self._process = subprocess.Popen(
            [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        return f"http://127.0.0.1:{self._process.stdout.readline().strip()}"

    def __exit__(self, *exc: object) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=10)


# -- measuring ------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # figure, subject, floor, ratio
rows: list[Row] = []


def timed(call: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - start) / n


def calibrate(call: Callable[[], Any], seconds: float) -> int:
    """How many calls make a batch of about `seconds`."""
    call()
    n = 1
    while (spent := timed(call, n) * n) < seconds and n < 1_000_000:
        n = max(n * 2, int(n * seconds / max(spent, 1e-9)))
    return n


def compare(subjects: dict[str, Callable[[], Any]], floor: Callable[[], Any], rounds: int, batch: float) -> Any:
    """Interleaved rounds of the floor and each subject: median seconds of each, and median ratios."""
    sizes = {name: calibrate(call, batch) for name, call in {"floor": floor, **subjects}.items()}
    floors: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in subjects}
    for _ in range(rounds):
        floor_time = timed(floor, sizes["floor"])
        floors.append(floor_time)
        for name, call in subjects.items():
            times[name].append(timed(call, sizes[name]))
    ratios = {name: statistics.median(t / f for t, f in zip(times[name], floors, strict=True)) for name in subjects}
    return statistics.median(floors), {n: statistics.median(t) for n, t in times.items()}, ratios


def add(figure: str, subject: float, floor: float, ratio: float, unit: str = "us", target: float | None = None) -> None:
    scale, suffix = {"us": (1e6, "µs"), "ms": (1e3, "ms")}[unit]
    verdict = ""
    if target is not None:
        verdict = "  met" if ratio <= target else f"  MISSED target {target}x by {ratio / target - 1:.0%}"
    show((figure, f"{subject * scale:,.1f} {suffix}", f"{floor * scale:,.1f} {suffix}", f"{ratio:.2f}x{verdict}"))


def show(row: Row) -> None:
    """Print a row as soon as it is measured; `main` prints the table again, aligned, at the end."""
    rows.append(row)
    print(f"  {row[0]}: {row[1]} (floor {row[2] or '-'}) {row[3]}", flush=True)


# Bytecode is cached, as it is in an installed package (pip compiles on install): a shell or CI that
# sets PYTHONDONTWRITEBYTECODE would otherwise have every payclients module compiled from source on
# every import, while httpx's bytecode sits in site-packages, and the import ratios would be wrong.
FRESH_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def fresh(code: str) -> float:
    """Seconds `code` takes in a new interpreter (its start-up excluded)."""
    program = f"import time\nt = time.perf_counter()\n{code}\nprint(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, env=FRESH_ENV)
    return float(out.stdout.strip().splitlines()[-1])


def compare_fresh(subjects: dict[str, str], floor: str, rounds: int) -> Any:
    for code in [floor, *subjects.values()]:
        fresh(code)  # a first run writes the bytecode the timed runs read
    floors: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in subjects}
    for _ in range(rounds):
        floors.append(fresh(floor))
        for name, code in subjects.items():
            times[name].append(fresh(code))
    ratios = {name: statistics.median(t / f for t, f in zip(times[name], floors, strict=True)) for name in subjects}
    return statistics.median(floors), {n: statistics.median(t) for n, t in times.items()}, ratios


def installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


# -- the figures ----------------------------------------------------------------------------------

CLIENT_AND_MODEL = (
    "from payclients import Solvimon\nclient = Solvimon(api_key='k')\nclient.invoices\n"
    "from payclients_solvimon.models import Invoice"
)


def imports(rounds: int) -> None:
    subjects = {"import payclients": "import payclients", "client + resource + model": CLIENT_AND_MODEL}
    if installed("stripe"):
        subjects["import stripe (peer)"] = "import stripe"
    if installed("openai"):
        subjects["import openai (peer)"] = "import openai"
    floor, times, ratios = compare_fresh(subjects, "import httpx", rounds)
    for name in subjects:
        target = {"import payclients": 1.1}.get(name)
        add(f"{name}  vs import httpx", times[name], floor, ratios[name], "ms", target)
    floor, times, ratios = compare_fresh(
        {"client + resource + model": CLIENT_AND_MODEL}, "import httpx\nhttpx.Client()", rounds
    )
    add("client + resource + model  vs httpx + httpx.Client()", times["client + resource + model"], floor,
        ratios["client + resource + model"], "ms", 1.6)  # fmt: skip


def sync_calls(base: str, rounds: int, batch: float) -> None:
    import httpx

    from payclients import Solvimon
    from payclients_solvimon.api.invoices import get_invoice as operation

    raw = httpx.Client(base_url=base)
    client = Solvimon(api_key="bench", base_url=base)
    invoker = client._invoker
    kwargs = operation._get_kwargs("invo_1")

    def json_only(*, client: Any, response: httpx.Response) -> Any:
        return json.loads(response.content)

    subjects = {
        "get_invoice (model built)": lambda: client.get_invoice("invo_1"),
        "the runtime alone (json.loads, no model)": lambda: invoker.request("get_invoice", kwargs, json_only),
    }
    if installed("stripe"):
        import stripe

        peer = stripe.StripeClient("sk_test_bench", base_addresses={"api": base}, http_client=stripe.HTTPXClient())
        subjects["stripe: invoices.retrieve (peer)"] = lambda: peer.invoices.retrieve("in_1")
    if installed("openai"):
        import openai

        ai = openai.OpenAI(api_key="bench", base_url=f"{base}/v1")
        subjects["openai: models.retrieve, tiny body (peer)"] = lambda: ai.models.retrieve("x")
    floor, times, ratios = compare(subjects, lambda: json.loads(raw.get("/v1/invoices/invo_1").content), rounds, batch)
    for name in subjects:
        target = 1.25 if name.startswith("get_invoice") else None
        add(f"sync {name}  vs httpx.Client.get + json.loads", times[name], floor, ratios[name], "us", target)
    raw.close()
    client.close()


def async_calls(base: str, rounds: int, batch: float, concurrent_rounds: int, concurrency: int = 1000) -> None:
    import httpx

    from payclients import AsyncSolvimon

    async def run() -> None:
        raw = httpx.AsyncClient(base_url=base, timeout=600)
        client = AsyncSolvimon(api_key="bench", base_url=base, timeout=600)

        async def timed_async(make: Callable[[], Awaitable[Any]], n: int) -> float:
            start = time.perf_counter()
            for _ in range(n):
                await make()
            return (time.perf_counter() - start) / n

        async def floor() -> Any:
            return json.loads((await raw.get("/v1/invoices/invo_1")).content)

        def subject() -> Awaitable[Any]:
            return client.get_invoice("invo_1")

        n = 20
        while await timed_async(floor, n) * n < batch:
            n *= 2
        floors, subjects = [], []
        for _ in range(rounds):
            floors.append(await timed_async(floor, n))
            subjects.append(await timed_async(subject, n))
        ratio = statistics.median(s / f for s, f in zip(subjects, floors, strict=True))
        add(
            "async get_invoice, sequential awaits  vs httpx.AsyncClient.get + json.loads",
            statistics.median(subjects),
            statistics.median(floors),
            ratio,
            "us",
            1.25,
        )

        # `concurrency` calls at once: time per batch, and the memory left behind after each batch.
        async def raw_batch() -> None:
            await asyncio.gather(*(floor() for _ in range(concurrency)))

        async def client_batch() -> None:
            await asyncio.gather(*(client.get_invoice(f"invo_{i}") for i in range(concurrency)))

        await raw_batch()
        await client_batch()
        floors, subjects = [], []
        for _ in range(concurrent_rounds):
            start = time.perf_counter()
            await raw_batch()
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            await client_batch()
            subjects.append(time.perf_counter() - start)
        ratio = statistics.median(s / f for s, f in zip(subjects, floors, strict=True))
        add(
            f"{concurrency:,} concurrent get_invoice (gather)  vs the same with httpx.AsyncClient",
            statistics.median(subjects),
            statistics.median(floors),
            ratio,
            "ms",
        )
        peaks: dict[str, float] = {}
        retained: list[int] = []
        for name, batch_call in (("raw", raw_batch), ("client", client_batch)):
            gc.collect()
            tracemalloc.start()
            await batch_call()
            peaks[name] = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        gc.collect()
        tracemalloc.start()
        for _ in range(concurrent_rounds + 2):
            await client_batch()
            gc.collect()
            retained.append(tracemalloc.get_traced_memory()[0])
        tracemalloc.stop()
        show(
            (
                f"{concurrency:,} concurrent: peak memory  vs httpx.AsyncClient",
                f"{peaks['client'] / 1e6:.1f} MB",
                f"{peaks['raw'] / 1e6:.1f} MB",
                f"{peaks['client'] / peaks['raw']:.2f}x",
            )
        )
        growth = (retained[-1] - retained[0]) / 1e3
        show(
            (
                f"{concurrency:,} concurrent: memory kept after batches 1..{concurrent_rounds + 2}",
                " -> ".join(f"{r / 1e6:.2f}" for r in retained) + " MB",
                "",
                f"{growth:+.0f} kB ({'flat' if abs(growth) < 100 else 'GROWS'})",
            )
        )
        await raw.aclose()
        await client.close()

    asyncio.run(run())


def listing(base: str, rounds: int) -> None:
    import httpx

    from payclients import Solvimon
    from payclients_solvimon.models import Invoice

    raw = httpx.Client(base_url=base)
    client = Solvimon(api_key="bench", base_url=base)

    def raw_loop(model: bool) -> list[Any]:
        items: list[Any] = []
        for number in range(1, PAGES + 1):
            data = json.loads(raw.get("/v1/invoices", params={"page": number, "limit": PAGE_SIZE}).content)["data"]
            items.extend(Invoice.from_dict(item) for item in data) if model else items.extend(data)
        return items

    def ours() -> list[Any]:
        items = client.list_invoices(page_size=PAGE_SIZE).to_list()
        assert len(items) == PAGES * PAGE_SIZE, len(items)
        return items

    floor, times, ratios = compare(
        {"ours": ours, "raw+model": lambda: raw_loop(True)}, lambda: raw_loop(False), rounds, 0.0
    )
    add(
        "list 10,000 invoices (100 pages)  vs a raw httpx + json.loads loop", times["ours"], floor, ratios["ours"], "ms"
    )
    add(
        "  the raw loop building models too  vs the same raw loop", times["raw+model"], floor, ratios["raw+model"], "ms"
    )
    raw.close()
    client.close()


def parse_and_serialise(rounds: int, batch: float) -> None:
    from payclients_solvimon.models import Invoice
    from payclients_solvimon.types import decode_json

    body = invoice_body()
    text = json.dumps(body)
    invoice = Invoice.from_dict(body)
    floor, times, ratios = compare({"parse": lambda: Invoice.from_dict(decode_json(text))}, lambda: json.loads(text),
                                   rounds, batch)  # fmt: skip
    add("parse a full invoice (decode_json + from_dict)  vs json.loads", times["parse"], floor, ratios["parse"])
    floor, times, ratios = compare({"dump": lambda: json.dumps(invoice.to_dict())}, lambda: json.dumps(body),
                                   rounds, batch)  # fmt: skip
    add("serialise it (json.dumps of to_dict)  vs json.dumps of the dict", times["dump"], floor, ratios["dump"])
    # Issue 8's two targets, validation included: the model step alone against json.loads of the same bytes.
    data = decode_json(text)
    floor, times, ratios = compare(
        {"from_dict": lambda: Invoice.from_dict(data), "to_dict": invoice.to_dict},
        lambda: json.loads(text),
        rounds,
        batch,
    )
    add(
        "Invoice.from_dict  vs json.loads of the same bytes", times["from_dict"], floor, ratios["from_dict"], target=2.5
    )
    add("Invoice.to_dict  vs json.loads of the same bytes", times["to_dict"], floor, ratios["to_dict"], target=1.5)
    print(f"  (repr of that invoice: {len(repr(invoice)):,} characters)")


def fakes(rounds: int, batch: float) -> None:
    from payclients import Solvimon
    from payclients.testing import FakeSolvimon

    checked_fake, loose_fake = FakeSolvimon(), FakeSolvimon(check_spec=False)
    checked = Solvimon(api_key="test", transport=checked_fake)
    loose = Solvimon(api_key="test", transport=loose_fake)
    first, loose_first = checked_fake.invoice_ids[0], loose_fake.invoice_ids[0]
    floor, times, ratios = compare(
        {"checked": lambda: checked.get_invoice(first)}, lambda: loose.get_invoice(loose_first), rounds, batch
    )
    verdict = "met" if times["checked"] <= 1e-3 else "MISSED"
    add(f"FakeSolvimon get_invoice, spec-checked (target 1 ms: {verdict})  vs unchecked", times["checked"], floor,
        ratios["checked"], "ms")  # fmt: skip
    setup = "from payclients import Solvimon\nfrom payclients.testing import FakeSolvimon\n"
    first_call = "fake = FakeSolvimon()\nSolvimon(api_key='test', transport=fake).get_invoice(fake.invoice_ids[0])"
    loose_call = first_call.replace("FakeSolvimon()", "FakeSolvimon(check_spec=False)")
    floor, times, ratios = compare_fresh({"first": setup + first_call}, setup + loose_call, max(rounds // 2, 2))
    verdict = "met" if times["first"] <= 0.3 else "MISSED"
    add(f"first spec-checked fake call, fresh interpreter (target 300 ms: {verdict})  vs unchecked", times["first"],
        floor, ratios["first"], "ms")  # fmt: skip
    # A user's suite: 1,000 calls from a fresh interpreter, imports, first checks and compiling included.
    suite = "ids = fake.invoice_ids\nfor i in range(1000):\n    client.get_invoice(ids[i % len(ids)])"
    checked_suite = setup + "fake = FakeSolvimon()\nclient = Solvimon(api_key='test', transport=fake)\n" + suite
    loose_suite = checked_suite.replace("FakeSolvimon()", "FakeSolvimon(check_spec=False)")
    floor, times, ratios = compare_fresh({"suite": checked_suite}, loose_suite, max(rounds // 3, 1))
    add("1,000 spec-checked fake calls, fresh interpreter, all included  vs unchecked", times["suite"], floor,
        ratios["suite"], "ms")  # fmt: skip


def ingest_backfill(count: int = 100_000) -> None:
    """Usage backfill over loopback HTTP (its own threaded server): events/s against bare httpx posting
    the same batches, and peak memory at 10,000 vs `count` events (flat means it does not grow)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import httpx

    from payclients import AsyncSolvimon

    seen: set[str] = set()
    duplicates = [0]
    remember = [False]  # on for the SDK's timed run only (memory runs share this process)

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
            yield {"customer_reference": f"cus-{i % 50}", "meter_reference": "api_calls",
                   "meter_values": [{"reference": "calls", "number": "1"}]}  # fmt: skip

    async def ours(n: int) -> float:
        async with AsyncSolvimon(api_key="bench", base_url=url) as client:
            start = time.perf_counter()
            result = await client.backfill_events(events(n), batch_size=500, concurrency=4)
            assert result.accepted_count == n, result
            return time.perf_counter() - start

    async def floor(n: int) -> float:
        batch = [{**e, "reference": f"floor-{i}"} for i, e in enumerate(events(500))]
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
        seconds = asyncio.run(ours(count))
        remember[0] = False
        seen.clear()
        peaks = []
        for n in (10_000, count):
            tracemalloc.start()
            asyncio.run(ours(n))
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    finally:
        server.shutdown()
        server.server_close()
    show((f"backfill {count:,} events, 4 batches of 500 in flight  vs bare httpx posting them",
          f"{count / seconds:,.0f} events/s", f"{count / bare_seconds:,.0f} events/s",
          f"{seconds / bare_seconds:.2f}x"))  # fmt: skip
    show(("  backfill peak memory, 100,000 events  vs 10,000 events", f"{peaks[1] / 1e6:.1f} MB",
          f"{peaks[0] / 1e6:.1f} MB", f"{peaks[1] / peaks[0]:.2f}x; {duplicates[0]} duplicate references"))  # fmt: skip


SECTIONS = ("imports", "sync", "async", "listing", "parse", "fakes", "ingest")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter rounds: under a minute")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--only", help="comma-separated sections: " + ",".join(SECTIONS))
    args = parser.parse_args()
    if args.serve:
        serve()
        return 0
    os.environ.pop("PAYCLIENTS_LOG", None)
    rounds, batch = (3, 0.03) if args.quick else (11, 0.2)
    import httpx

    print(f"payclients benchmark (Python {sys.version.split()[0]}, httpx {httpx.__version__}"
          f"{', quick' if args.quick else ''}): medians of {rounds} interleaved rounds", flush=True)  # fmt: skip
    chosen = set(args.only.split(",")) if args.only else set(SECTIONS)
    if "imports" in chosen:
        imports(rounds)
    if chosen & {"sync", "async", "listing"}:
        with Server() as base:
            if "sync" in chosen:
                sync_calls(base, rounds, batch)
            if "async" in chosen:
                # --quick: 250 calls at once, not 1,000 (the loopback server needs seconds for each
                # batch of 1,000, and the memory rows run several batches).
                async_calls(base, rounds, batch, 1 if args.quick else 3, 250 if args.quick else 1000)
            if "listing" in chosen:
                listing(base, 1 if args.quick else 3)
    if "parse" in chosen:
        parse_and_serialise(rounds, batch)
    if "fakes" in chosen:
        fakes(rounds, batch)
    if "ingest" in chosen:
        ingest_backfill(20_000 if args.quick else 100_000)

    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(f"  {'figure':<{widths[0]}}  {'subject':>{widths[1]}}  {'floor':>{widths[2]}}  ratio")
    for figure, subject, floor, ratio in rows:
        print(f"  {figure:<{widths[0]}}  {subject:>{widths[1]}}  {floor:>{widths[2]}}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
