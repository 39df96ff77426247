"""Usage ingestion: references made once and kept on retries, batches, per-event failures, backfills."""

from __future__ import annotations

import asyncio
import json
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from payclients import APIConnectionError, AsyncSolvimon, InternalServerError, ParameterError, Solvimon
from payclients.solvimon import BackfillProgress, IngestResult, events_from_csv

KEY = "sk_test_payclients_1234567890"


def event(i: int, **extra: Any) -> dict[str, Any]:
    return {
        "customer_reference": f"cus-{i % 7}",
        "meter_reference": "api_calls",
        "timestamp": "2026-11-01T00:00:00Z",
        "meter_values": [{"reference": "calls", "number": str(i)}],
        **extra,
    }


class IngestServer:
    """Solvimon's two ingestion endpoints: refuses events of meter `bad` naming their index, counts a
    reference once, and can fail the next requests."""

    def __init__(self, *, name_field: bool = True) -> None:
        self.lock = threading.Lock()
        self.bodies: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.keys: list[str | None] = []
        self.billed: dict[str, dict[str, Any]] = {}
        self.failures: list[httpx.Response | Exception] = []
        self.fail_after: int | None = None  # every request after this many fails with 503
        self.lose_answers = False  # ... after applying its events, as when an answer is lost in a crash
        self.name_field = name_field
        self.in_flight = 0
        self.max_in_flight = 0
        self.overlapped = threading.Event()
        self.wait_for_overlap = False

    def _record(self, event: dict[str, Any]) -> dict[str, Any]:
        reference = event["reference"]
        duplicate = reference in self.billed
        if not duplicate:
            self.billed[reference] = event
        kind = "DUPLICATE" if duplicate else "DEFAULT"
        return {**event, "id": f"md_{reference}", "processed_details": {"type": kind}}

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.paths.append(request.url.path)
            self.keys.append(request.headers.get("idempotency-key"))
            body = json.loads(request.content)
            self.bodies.append(body)
            if self.failures:
                failure = self.failures.pop(0)
                if isinstance(failure, Exception):
                    raise failure
                return failure
            events = [body] if request.url.path.endswith("/ingest") else body["meter_datas"]
            if self.fail_after is not None and len(self.bodies) > self.fail_after:
                if self.lose_answers:
                    for item in events:
                        self._record(item)
                return httpx.Response(503, json={"type": "API_ERROR", "code": "BAD_REQUEST", "message": "down"})
            for index, item in enumerate(events):
                if item.get("meter_reference") == "bad":
                    error = {"type": "INVALID_REQUEST", "code": "INVALID_FIELD", "message": "unknown meter"}
                    if self.name_field and len(events) > 1:
                        error["field"] = f"meter_datas.{index}.meter_reference"
                    return httpx.Response(400, json=error)
            records = [self._record(item) for item in events]
        if request.url.path.endswith("/ingest"):
            return httpx.Response(201, json=records[0])
        return httpx.Response(201, json={"meter_datas": records})

    def transport(self) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            with self.lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                if self.in_flight > 1:
                    self.overlapped.set()
            try:
                if self.wait_for_overlap:
                    self.overlapped.wait(timeout=5)  # the first request waits until a second one is in flight
                return self.handle(request)
            finally:
                with self.lock:
                    self.in_flight -= 1

        return httpx.MockTransport(handler)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                await asyncio.sleep(0)
                return self.handle(request)
            finally:
                self.in_flight -= 1

        return httpx.MockTransport(handler)

    def sent_references(self) -> list[str]:
        refs = []
        for body in self.bodies:
            for item in body.get("meter_datas", [body]):
                refs.append(item["reference"])
        return refs


def solvimon(server: IngestServer, **kwargs: Any) -> Solvimon:
    return Solvimon(api_key=KEY, transport=server.transport(), **kwargs)


# -- the call ------------------------------------------------------------------------------------------


def test_one_event_goes_to_ingest_and_several_to_ingest_list_in_batches() -> None:
    server = IngestServer()
    client = solvimon(server)
    one = client.ingest_events([event(0)])
    assert server.paths == ["/v1/events/ingest"]
    assert one.accepted_count == 1 and one.ok
    result = client.ingest_events([event(i) for i in range(5)], batch_size=2)
    assert server.paths[1:] == ["/v1/events/ingest-list", "/v1/events/ingest-list", "/v1/events/ingest"]
    assert [len(b.get("meter_datas", [b])) for b in server.bodies[1:]] == [2, 2, 1]
    assert result.accepted_count == 5 and len(result.accepted) == 5
    from payclients_solvimon import models

    if hasattr(models, "MeterData"):
        assert isinstance(result.accepted[0], models.MeterData)


def test_every_event_gets_a_unique_reference_and_given_ones_are_kept() -> None:
    server = IngestServer()
    events = [event(0, reference="mine-0"), event(1), event(2)]
    solvimon(server).ingest_events(events)
    refs = server.sent_references()
    assert refs[0] == "mine-0"
    assert len(set(refs)) == 3 and all(refs)
    assert "reference" not in events[1]  # the caller's dicts are not changed


def test_a_batch_retried_after_a_reset_carries_the_same_references() -> None:
    server = IngestServer()
    server.failures = [httpx.ReadError("connection reset"), httpx.Response(502, json={"message": "bad gateway"})]
    result = solvimon(server).ingest_events([event(i) for i in range(3)])
    assert result.ok and result.accepted_count == 3
    assert len(server.bodies) == 3
    assert server.bodies[0] == server.bodies[1] == server.bodies[2]
    assert len(set(server.keys)) == 1 and server.keys[0]
    assert len(server.billed) == 3


def test_a_refused_event_named_by_index_is_reported_and_the_rest_accepted() -> None:
    server = IngestServer()
    events = [event(0), event(1, meter_reference="bad"), event(2), event(3)]
    result = solvimon(server).ingest_events(events)
    assert result.accepted_count == 3
    assert len(result.failed) == 1
    failure = result.failed[0]
    assert failure.position == 1
    assert failure.event["meter_reference"] == "bad"
    assert failure.error.status_code == 400  # type: ignore[attr-defined]
    assert "unknown meter" in repr(failure)
    assert len(server.billed) == 3


def test_without_an_index_the_batch_is_split_until_each_failure_is_alone() -> None:
    server = IngestServer(name_field=False)
    events = [event(i, meter_reference="bad") if i in (2, 5) else event(i) for i in range(8)]
    result = solvimon(server).ingest_events(events)
    assert sorted(f.position for f in result.failed if f.position is not None) == [2, 5]
    assert result.accepted_count == 6
    assert len(server.billed) == 6
    assert set(server.billed) == {e.reference for e in result.accepted}


def test_an_outage_fails_the_rest_with_references_that_make_resending_safe() -> None:
    server = IngestServer()
    server.fail_after = 1
    client = solvimon(server, max_retries=1)
    result = client.ingest_events([event(i) for i in range(6)], batch_size=2)
    assert result.accepted_count == 2
    assert len(result.failed) == 4
    assert all(isinstance(f.error, InternalServerError) for f in result.failed)
    assert [f.position for f in result.failed] == [2, 3, 4, 5]
    sent_before = {e["reference"] for e in result.failed_events()}
    server.fail_after = None
    again = client.ingest_events(result.failed_events(), batch_size=2)
    assert again.ok and again.accepted_count == 4
    assert {e["reference"] for e in server.billed.values()} >= sent_before
    assert len(server.billed) == 6


def test_a_duplicate_is_accepted_and_counted_once() -> None:
    server = IngestServer()
    client = solvimon(server)
    client.ingest_events([event(0, reference="r-1")])
    result = client.ingest_events([event(0, reference="r-1"), event(1, reference="r-2")])
    assert result.accepted_count == 2 and result.duplicates == 1
    assert len(server.billed) == 2


@pytest.mark.parametrize(
    ("bad", "param"),
    [
        ({"customer_reference": "c"}, "events[1]"),
        ({"meter_reference": "m"}, "events[1]"),
        ("text", "events[1]"),
        ({"meter_reference": "m", "customer_id": "c", "meter_values": [{"number": 1.5}]}, "number"),
        ({"meter_reference": "m", "customer_id": "c", "reference": 5}, "reference"),
    ],
)
def test_bad_events_are_refused_before_anything_is_sent(bad: Any, param: str) -> None:
    server = IngestServer()
    with pytest.raises(ParameterError, match=param.replace("[", r"\[").replace("]", r"\]")):
        solvimon(server).ingest_events([event(0), bad])
    assert server.bodies == []


@pytest.mark.parametrize("size", [0, 1001, True, "10"])
def test_batch_size_is_checked(size: Any) -> None:
    with pytest.raises(ParameterError, match="batch_size"):
        solvimon(IngestServer()).ingest_events([event(0)], batch_size=size)


def test_decimal_and_int_readings_are_sent_as_decimal_strings() -> None:
    server = IngestServer()
    solvimon(server).ingest_events(
        [
            event(0, meter_values=[{"reference": "calls", "number": Decimal("1.50")}]),
            event(1, meter_values=[{"reference": "c", "number": 3}]),
        ]
    )
    items = server.bodies[0]["meter_datas"]
    assert [items[0]["meter_values"][0]["number"], items[1]["meter_values"][0]["number"]] == ["1.50", "3"]


def test_query_options_are_checked_and_sent() -> None:
    server = IngestServer()
    client = solvimon(server)
    with pytest.raises(ParameterError, match="meter_validation"):
        client.ingest_events([event(0)], meter_validation="LOOSE")
    captured: list[httpx.Request] = []

    def spy(request: httpx.Request) -> httpx.Response:
        request.read()
        captured.append(request)
        return server.handle(request)

    Solvimon(api_key=KEY, transport=httpx.MockTransport(spy)).ingest_events(
        [event(0)], meter_validation="DYNAMIC", cost_prediction=False
    )
    assert captured[0].url.params["meter_validation"] == "DYNAMIC"
    assert captured[0].url.params["cost_prediction"] == "false"


@pytest.mark.anyio
async def test_async_ingest_behaves_the_same() -> None:
    server = IngestServer()
    server.failures = [httpx.ConnectError("refused")]
    async with AsyncSolvimon(api_key=KEY, transport=server.async_transport()) as client:
        result = await client.ingest_events([event(0), event(1, meter_reference="bad"), event(2)])
    assert result.accepted_count == 2 and [f.position for f in result.failed] == [1]
    assert server.bodies[0] == server.bodies[1]  # the reset batch went again with the same references


# -- backfills -----------------------------------------------------------------------------------------


def generate(count: int) -> Any:
    for i in range(count):
        yield event(i)


def test_a_backfill_resumes_from_its_checkpoint_without_billing_twice(tmp_path: Path) -> None:
    server = IngestServer()
    server.fail_after = 4  # "crash": the 5th request is applied but its answer never arrives
    server.lose_answers = True
    checkpoint = tmp_path / "backfill.json"
    client = solvimon(server, max_retries=0)
    with pytest.raises(InternalServerError):
        client.backfill_events(generate(1000), batch_size=100, concurrency=1, checkpoint=checkpoint)
    saved = json.loads(checkpoint.read_text())
    assert saved["acknowledged"] == 400
    server.fail_after = None
    first_run = len(server.bodies)
    result = client.backfill_events(generate(1000), batch_size=100, concurrency=1, checkpoint=checkpoint)
    assert result.accepted_count == 600
    resent = [b["meter_datas"][0]["reference"] for b in server.bodies[first_run:]]
    assert resent[0].endswith("-400")  # starts right after the acknowledged batches
    assert len(server.billed) == 1000
    assert json.loads(checkpoint.read_text())["acknowledged"] == 1000
    assert result.accepted == []  # flat memory: counts only


def test_backfill_failures_are_written_next_to_the_checkpoint(tmp_path: Path) -> None:
    server = IngestServer()
    events = [event(i, meter_reference="bad") if i == 3 else event(i) for i in range(10)]
    checkpoint = tmp_path / "cp.json"
    seen: list[BackfillProgress] = []
    result = solvimon(server).backfill_events(
        events, batch_size=4, concurrency=1, checkpoint=checkpoint, progress=seen.append
    )
    assert [f.position for f in result.failed] == [3]
    lines = (tmp_path / "cp.json.failed.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["position"] == 3
    assert [p.sent for p in seen] == [4, 8, 10]
    assert seen[-1].acknowledged == 10 and seen[-1].failed == 1


def test_sync_backfill_sends_batches_at_once_and_each_reference_once(tmp_path: Path) -> None:
    server = IngestServer()
    server.wait_for_overlap = True
    result = solvimon(server).backfill_events(
        generate(2000), batch_size=100, concurrency=4, checkpoint=tmp_path / "cp.json"
    )
    assert result.accepted_count == 2000 and result.ok
    refs = server.sent_references()
    assert len(refs) == len(set(refs)) == 2000
    assert 1 < server.max_in_flight <= 4
    assert json.loads((tmp_path / "cp.json").read_text())["acknowledged"] == 2000


def test_a_progress_line_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    solvimon(IngestServer()).backfill_events(generate(10_000), batch_size=1000, progress=True)
    assert "10000 sent" in capsys.readouterr().err


@pytest.mark.anyio
async def test_async_backfill_bounds_concurrency_and_sends_each_reference_once(tmp_path: Path) -> None:
    server = IngestServer()
    async with AsyncSolvimon(api_key=KEY, transport=server.async_transport()) as client:
        result = await client.backfill_events(
            generate(5000), batch_size=100, concurrency=4, checkpoint=tmp_path / "cp.json"
        )
    assert isinstance(result, IngestResult)
    assert result.accepted_count == 5000 and result.ok
    refs = server.sent_references()
    assert len(refs) == len(set(refs)) == 5000
    assert 1 < server.max_in_flight <= 4
    assert json.loads((tmp_path / "cp.json").read_text())["acknowledged"] == 5000


@pytest.mark.anyio
async def test_async_backfill_from_an_async_generator_resumes_after_an_outage(tmp_path: Path) -> None:
    server = IngestServer()
    server.fail_after = 6
    server.lose_answers = True
    checkpoint = tmp_path / "cp.json"

    async def stream() -> Any:
        for i in range(2000):
            yield event(i)

    async with AsyncSolvimon(api_key=KEY, transport=server.async_transport(), max_retries=0) as client:
        with pytest.raises(InternalServerError):
            await client.backfill_events(stream(), batch_size=100, concurrency=3, checkpoint=checkpoint)
        acknowledged = json.loads(checkpoint.read_text())["acknowledged"]
        assert 0 < acknowledged <= 600 and acknowledged % 100 == 0
        server.fail_after = None
        result = await client.backfill_events(stream(), batch_size=100, concurrency=3, checkpoint=checkpoint)
    assert result.accepted_count + result.duplicates >= 2000 - acknowledged
    assert len(server.billed) == 2000  # re-sent in-flight batches carried the same references


@pytest.mark.anyio
async def test_async_backfill_checks_concurrency() -> None:
    async with AsyncSolvimon(api_key=KEY, transport=IngestServer().async_transport()) as client:
        with pytest.raises(ParameterError, match="concurrency"):
            await client.backfill_events([event(0)], concurrency=0)


def test_connection_failures_in_a_backfill_raise_after_the_retries(tmp_path: Path) -> None:
    server = IngestServer()
    server.failures = [httpx.ConnectError("refused")] * 3
    with pytest.raises(APIConnectionError):
        solvimon(server, max_retries=2).backfill_events(generate(5), checkpoint=tmp_path / "c.json")


# -- CSV -----------------------------------------------------------------------------------------------


def test_events_from_a_csv_of_meter_readings(tmp_path: Path) -> None:
    path = tmp_path / "readings.csv"
    path.write_text(
        "customer_reference,timestamp,value,property:region,reference\n"
        "cus-1,2026-11-01T00:00:00Z,12.5,eu,\n"
        "cus-2,2026-11-01T01:00:00Z,3,us,row-2\n",
        encoding="utf-8",
    )
    events = list(events_from_csv(path, meter_reference="api_calls", value_reference="calls"))
    assert events[0] == {
        "customer_reference": "cus-1",
        "timestamp": "2026-11-01T00:00:00Z",
        "meter_reference": "api_calls",
        "meter_values": [{"reference": "calls", "number": "12.5"}],
        "meter_properties": [{"reference": "region", "value": "eu"}],
    }
    assert events[1]["reference"] == "row-2"
    server = IngestServer()
    result = solvimon(server).backfill_events(events_from_csv(path, meter_reference="api_calls"))
    assert result.accepted_count == 2 and "row-2" in server.billed


# -- loopback ----------------------------------------------------------------------------------------------


@pytest.fixture
def loopback() -> Any:
    """A real HTTP server on 127.0.0.1 that answers ingest-list and records every reference it got."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    references: list[str] = []

    class Ingest(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            items = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["meter_datas"]
            references.extend(item["reference"] for item in items)
            body = json.dumps({"meter_datas": [{"reference": i["reference"]} for i in items]}).encode()
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Ingest)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", references
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.anyio
async def test_a_backfill_over_loopback_http_sends_every_reference_once(loopback: Any) -> None:
    url, references = loopback
    count = 10_000  # the 100,000-event run, with memory figures, is in scripts/benchmark.py
    async with AsyncSolvimon(api_key=KEY, base_url=url) as client:
        result = await client.backfill_events(generate(count), batch_size=1000, concurrency=4)
    assert result.accepted_count == count and result.ok
    assert len(references) == len(set(references)) == count
