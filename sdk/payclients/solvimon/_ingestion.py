"""Usage ingestion through a client: the I/O around the plans of `_ingest`.

`ingest_events` sends batches one after the other; a refused event is reported with its error, and
an error that is not about the events (Solvimon unreachable after the retries, 5xx, 401) stops the
call: that batch and every event not sent yet come back as failed, with their references, so sending
`result.failed_events()` again later bills nothing twice.

`backfill` (async: several batches in flight, at most `concurrency`) reads its events lazily, keeps
only counts and failures, writes a checkpoint after every acknowledged batch and, on a stopping error,
raises it: run it again with the same checkpoint to resume.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
from collections.abc import AsyncIterable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._exceptions import APIError, APIStatusError
from ._ingest import (
    BackfillProgress,
    BatchOutcome,
    Checkpoint,
    FailedEvent,
    IngestResult,
    ProgressCallback,
    SendBatch,
    batch_plan,
    batched,
    check_batch_size,
    new_reference_prefix,
    prepare_event,
    progress_printer,
)

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["abackfill", "aingest_events", "backfill", "ingest_events"]

_REFUSED = frozenset({400, 409, 422})
INGEST_ONE = "/v1/events/ingest"
INGEST_LIST = "/v1/events/ingest-list"


def _request(step: SendBatch, query: Mapping[str, Any]) -> dict[str, Any]:
    if step.single:
        return {"method": "post", "url": INGEST_ONE, "json": step.events[0], "params": dict(query)}
    return {"method": "post", "url": INGEST_LIST, "json": {"meter_datas": step.events}, "params": dict(query)}


def _parser(single: bool, typed: bool) -> Callable[..., list[Any]]:
    """Solvimon's records as plain JSON (backfills) or as generated `MeterData` models."""
    model: Any = None
    if typed:
        from payclients_solvimon import models

        model = getattr(models, "MeterData", None)

    def parse(*, client: Any, response: httpx.Response) -> list[Any]:
        if response.status_code not in (200, 201):
            raise ValueError(f"status {response.status_code} is not a documented answer of ingestion")
        body = response.json()
        records = [body] if single else body.get("meter_datas") or []
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise TypeError("the meter_datas of the answer are not objects")
        return [model.from_dict(r) for r in records] if model is not None else records

    return parse


def _stops(error: APIError) -> bool:
    """An error about the whole call rather than some of its events."""
    return not (isinstance(error, APIStatusError) and error.status_code in _REFUSED)


def _prepared(events: Iterable[object], prefix: str, start: int = 0) -> Iterator[tuple[int, dict[str, Any]]]:
    for position, event in enumerate(events):
        if position >= start:
            yield position, prepare_event(event, position, prefix)


def _query(cost_prediction: bool | None, meter_validation: str | None) -> dict[str, Any]:
    query: dict[str, Any] = {}
    if cost_prediction is not None:
        query["cost_prediction"] = "true" if cost_prediction else "false"
    if meter_validation is not None:
        if meter_validation not in ("STATIC", "DYNAMIC"):
            from .._exceptions import ParameterError

            raise ParameterError("meter_validation", f"must be 'STATIC' or 'DYNAMIC', not {meter_validation!r}")
        query["meter_validation"] = meter_validation
    return query


# -- sync ----------------------------------------------------------------------------------------------


def _run_batch(
    client: SyncAPIClient, chunk: list[tuple[int, dict[str, Any]]], query: Mapping[str, Any], typed: bool
) -> IngestResult:
    plan = batch_plan([e for _, e in chunk], [p for p, _ in chunk])
    step = next(plan)
    while True:
        outcome: BatchOutcome
        try:
            outcome = client._invoker.request("ingest_events", _request(step, query), _parser(step.single, typed))
        except APIError as exc:
            if _stops(exc):
                raise _Stop(exc, step) from None
            outcome = exc
        try:
            step = plan.send(outcome)
        except StopIteration as done:
            result: IngestResult = done.value
            return result


class _Stop(Exception):
    def __init__(self, error: APIError, step: SendBatch) -> None:
        self.error = error
        self.step = step


def ingest_events(
    client: SyncAPIClient,
    events: Iterable[object],
    *,
    batch_size: int,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
) -> IngestResult:
    size = check_batch_size(batch_size)
    query = _query(cost_prediction, meter_validation)
    materialised = list(events) if not isinstance(events, list) else events
    prefix = new_reference_prefix()
    prepared = list(_prepared(materialised, prefix))  # every event checked before the first is sent
    result = IngestResult()
    for index, chunk in enumerate(batched_pairs(prepared, size)):
        try:
            result.merge(_run_batch(client, chunk, query, typed=True))
        except _Stop as stop:
            _fail_rest(result, stop, prepared[index * size :])
            break
    return result


def batched_pairs(items: Iterable[tuple[int, dict[str, Any]]], size: int) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    return batched(items, size)


def _fail_rest(result: IngestResult, stop: _Stop, unsent: list[tuple[int, dict[str, Any]]]) -> None:
    """The batch that met a stopping error, and every event after it, failed with that error."""
    done = {id(f.event) for f in result.failed}
    for position, event in unsent:
        if id(event) not in done:
            result.failed.append(FailedEvent(event, stop.error, position))


def _check_concurrency(concurrency: object) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        from .._exceptions import ParameterError

        raise ParameterError("concurrency", f"must be a whole number from 1 to 64, not {concurrency!r}")
    return concurrency


def backfill(
    client: SyncAPIClient,
    events: Iterable[object],
    *,
    batch_size: int,
    concurrency: int,
    checkpoint: str | os.PathLike[str] | None,
    progress: bool | ProgressCallback,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
) -> IngestResult:
    """The sync backfill: at most `concurrency` batches in flight on worker threads (httpx's client is
    thread-safe), settled as they finish; the checkpoint moves as in the async one."""
    size = check_batch_size(batch_size)
    workers = _check_concurrency(concurrency)
    query = _query(cost_prediction, meter_validation)
    state = _Backfill(checkpoint, progress)
    chunks = batched_pairs(_prepared(events, state.checkpoint.prefix, state.checkpoint.acknowledged), size)
    if workers == 1:
        for chunk in chunks:
            try:
                state.finished(chunk, _run_batch(client, chunk, query, typed=False))
            except _Stop as stop:
                raise stop.error from None
        return state.result
    running: dict[concurrent.futures.Future[IngestResult], list[tuple[int, dict[str, Any]]]] = {}
    stopped: _Stop | None = None
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="payclients-backfill") as pool:

        def settle() -> None:
            nonlocal stopped
            done, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                chunk = running.pop(future)
                try:
                    state.finished(chunk, future.result())
                except _Stop as stop:
                    stopped = stop

        for chunk in chunks:
            while len(running) >= workers and stopped is None:
                settle()
            if stopped is not None:
                break
            running[pool.submit(_run_batch, client, chunk, query, False)] = chunk
        while running and stopped is None:
            settle()
        for future in running:  # after a stopping error: batches not started yet are not sent
            future.cancel()
    if stopped is not None:
        raise stopped.error from None
    return state.result


# -- async ---------------------------------------------------------------------------------------------


async def _arun_batch(
    client: AsyncAPIClient, chunk: list[tuple[int, dict[str, Any]]], query: Mapping[str, Any], typed: bool
) -> IngestResult:
    plan = batch_plan([e for _, e in chunk], [p for p, _ in chunk])
    step = next(plan)
    while True:
        outcome: BatchOutcome
        try:
            outcome = await client._invoker.request("ingest_events", _request(step, query), _parser(step.single, typed))
        except APIError as exc:
            if _stops(exc):
                raise _Stop(exc, step) from None
            outcome = exc
        try:
            step = plan.send(outcome)
        except StopIteration as done:
            result: IngestResult = done.value
            return result


async def aingest_events(
    client: AsyncAPIClient,
    events: Iterable[object],
    *,
    batch_size: int,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
) -> IngestResult:
    size = check_batch_size(batch_size)
    query = _query(cost_prediction, meter_validation)
    prefix = new_reference_prefix()
    prepared = list(_prepared(list(events), prefix))
    result = IngestResult()
    for index, chunk in enumerate(batched_pairs(prepared, size)):
        try:
            result.merge(await _arun_batch(client, chunk, query, typed=True))
        except _Stop as stop:
            _fail_rest(result, stop, prepared[index * size :])
            break
    return result


async def abackfill(
    client: AsyncAPIClient,
    events: Iterable[object] | AsyncIterable[object],
    *,
    batch_size: int,
    concurrency: int,
    checkpoint: str | os.PathLike[str] | None,
    progress: bool | ProgressCallback,
    cost_prediction: bool | None = None,
    meter_validation: str | None = None,
) -> IngestResult:
    size = check_batch_size(batch_size)
    _check_concurrency(concurrency)
    query = _query(cost_prediction, meter_validation)
    state = _Backfill(checkpoint, progress)
    running: dict[asyncio.Task[IngestResult], list[tuple[int, dict[str, Any]]]] = {}

    async def settle() -> None:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            chunk = running.pop(task)
            try:
                state.finished(chunk, task.result())
            except _Stop as stop:
                for other in running:
                    other.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                raise stop.error from None

    try:
        async for chunk in _achunks(events, state.checkpoint.prefix, state.checkpoint.acknowledged, size):
            while len(running) >= concurrency:
                await settle()
            running[asyncio.ensure_future(_arun_batch(client, chunk, query, typed=False))] = chunk
        while running:
            await settle()
    finally:
        for task in running:
            task.cancel()
    return state.result


async def _achunks(events: Iterable[object] | AsyncIterable[object], prefix: str, start: int, size: int) -> Any:
    if isinstance(events, AsyncIterable):
        chunk: list[tuple[int, dict[str, Any]]] = []
        position = 0
        async for event in events:
            if position >= start:
                chunk.append((position, prepare_event(event, position, prefix)))
                if len(chunk) == size:
                    yield chunk
                    chunk = []
            position += 1
        if chunk:
            yield chunk
        return
    for chunk in batched_pairs(_prepared(events, prefix, start), size):
        yield chunk


# -- shared by both backfills ----------------------------------------------------------------------------


class _Backfill:
    """Counts, failures (also appended to `<checkpoint>.failed.jsonl`), checkpoint and progress."""

    def __init__(self, checkpoint: str | os.PathLike[str] | None, progress: bool | ProgressCallback) -> None:
        self.checkpoint = Checkpoint(checkpoint)
        self.result = IngestResult(keep_accepted=False)
        self.sent = 0
        self.failures_path = None if checkpoint is None else f"{os.fspath(checkpoint)}.failed.jsonl"
        if progress is True:
            self.progress: ProgressCallback | None = progress_printer()
        elif progress is False or progress is None:
            self.progress = None
        elif callable(progress):
            self.progress = progress
        else:
            from .._exceptions import ParameterError

            raise ParameterError("progress", "must be True, False or a callable taking a BackfillProgress")

    def finished(self, chunk: list[tuple[int, dict[str, Any]]], outcome: IngestResult) -> None:
        self.sent += len(chunk)
        self.result.merge(outcome)
        if outcome.failed and self.failures_path is not None:
            with open(self.failures_path, "a", encoding="utf-8") as file:
                for failure in outcome.failed:
                    line = {"position": failure.position, "event": failure.event, "error": failure.error.message}
                    file.write(json.dumps(line) + "\n")
        self.checkpoint.finished(chunk[0][0], len(chunk))
        if self.progress is not None:
            self.progress(
                BackfillProgress(
                    sent=self.sent,
                    accepted=self.result.accepted_count,
                    failed=len(self.result.failed),
                    acknowledged=self.checkpoint.acknowledged,
                )
            )
