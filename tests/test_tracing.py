"""Tracing payclients calls with OpenTelemetry's httpx instrumentation, as the README shows.

The instrumented transport sits below payclients' retries, so each attempt is one span; a response
hook adds the provider's request id; credentials, added at send time, never reach a span attribute.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from opentelemetry.instrumentation.httpx import AsyncOpenTelemetryTransport, SyncOpenTelemetryTransport
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import payclients

SECRET = "sk_tracing_7f3a9c2e"
README = Path(__file__).resolve().parents[1] / "README.md"
INVOICE = {"id": "invo_1", "status": "DRAFT", "invoice_number": "INV-1"}


def readme_hook() -> Any:
    """The response hook exactly as the README's tracing section writes it."""
    section = README.read_text(encoding="utf-8").split("## Tracing", 1)[1].split("\n## ", 1)[0]
    code = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code.split("# --")[0], "README.md", "exec"), namespace)
    return namespace["add_request_id"]


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return tracer_provider


def solvimon_answers(statuses: list[int]) -> httpx.MockTransport:
    """Answers with the next status each attempt; each answer has its own request id."""
    seen: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["X-API-KEY"] == SECRET
        seen.append(1)
        status = statuses[len(seen) - 1]
        body = INVOICE if status == 200 else {"type": "SERVER_ERROR", "code": "X", "message": "try again"}
        headers = {"X-REQUEST-ID": f"reqr_{len(seen)}", "Retry-After": "0"}
        return httpx.Response(status, json=body, headers=headers)

    return httpx.MockTransport(answer)


def attributes(spans: tuple[ReadableSpan, ...]) -> list[dict[str, Any]]:
    return [dict(span.attributes or {}) for span in spans]


def assert_no_secret(spans: tuple[ReadableSpan, ...]) -> None:
    dumped = json.dumps([{**a, "name": s.name} for a, s in zip(attributes(spans), spans, strict=True)], default=str)
    assert SECRET not in dumped


def test_one_span_per_attempt_with_the_request_id_and_no_credential(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    transport = SyncOpenTelemetryTransport(
        solvimon_answers([503, 200]), tracer_provider=provider, response_hook=readme_hook()
    )
    with payclients.Solvimon(api_key=SECRET, transport=transport) as solvimon:
        assert solvimon.get_invoice("invo_1").id == "invo_1"

    spans = exporter.get_finished_spans()
    assert len(spans) == 2  # the 503 and its retry
    found = attributes(spans)
    status = "http.status_code" if "http.status_code" in found[0] else "http.response.status_code"  # semconv
    assert [a[status] for a in found] == [503, 200]
    assert [a["payclients.request_id"] for a in found] == ["reqr_1", "reqr_2"]
    assert_no_secret(spans)


def test_async_clients_trace_the_same_way(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    async def main() -> None:
        transport = AsyncOpenTelemetryTransport(
            solvimon_answers([500, 500, 200]), tracer_provider=provider, response_hook=readme_async_hook()
        )
        async with payclients.AsyncSolvimon(api_key=SECRET, transport=transport) as solvimon:
            await solvimon.get_invoice("invo_1")

    asyncio.run(main())
    spans = exporter.get_finished_spans()
    assert [a["payclients.request_id"] for a in attributes(spans)] == ["reqr_1", "reqr_2", "reqr_3"]
    assert_no_secret(spans)


def readme_async_hook() -> Any:
    hook = readme_hook()

    async def add_request_id(span: Any, request: Any, response: Any) -> None:
        hook(span, request, response)

    return add_request_id


def test_the_woovi_app_id_never_reaches_a_span(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == SECRET
        return httpx.Response(200, json={"charge": {"correlationID": "c-1", "value": 100, "status": "ACTIVE"}})

    transport = SyncOpenTelemetryTransport(httpx.MockTransport(answer), tracer_provider=provider)
    with payclients.Woovi(app_id=SECRET, transport=transport) as woovi:
        woovi.get_charge("c-1")

    spans = exporter.get_finished_spans()
    assert len(spans) == 1
    assert_no_secret(spans)
