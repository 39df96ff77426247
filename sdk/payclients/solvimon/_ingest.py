"""Usage-event ingestion, without I/O: references, batches, per-event results, checkpoints.

Solvimon makes ingestion safe to repeat through each event's `reference`: an event whose reference it
has already seen is answered 201 again but counted once (its docs; `Idempotency-Key` does not apply to
ingestion). So every event gets a reference before it is first sent, and keeps it on every retry, every
split of its batch and every resumed backfill.

A batch is sent as one list (`POST /v1/events/ingest-list`, or `/events/ingest` for a single event).
`batch_plan` is a generator that yields what to send and receives what came back, the way the retry
plan works: when Solvimon refuses a list (400/409/422) it names the failing event (`field`
`meter_datas.<i>...`) or the plan splits the batch in halves, down to single events, so that every event
ends up accepted or failed with its own error. The sync and async clients only carry the steps out.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from .._exceptions import APIConnectionError, APIError, APIStatusError, ParameterError

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "MAX_BATCH_SIZE",
    "BackfillProgress",
    "Checkpoint",
    "FailedEvent",
    "IngestResult",
    "SendBatch",
    "batch_plan",
    "check_batch_size",
    "events_from_csv",
    "prepare_event",
]

MAX_BATCH_SIZE: Final = 1000
"""The largest list sent at once. Solvimon's docs name no limit; a third-party ingest client caps its
batches at 1000 events, so that is the ceiling here."""
DEFAULT_BATCH_SIZE: Final = 500
"""Conservative default, half of that ceiling."""

_T = TypeVar("_T")
_REFUSED_LIST = frozenset({400, 409, 422})
_INDEX = re.compile(r"^meter_datas\.(\d+)(?:\.|$)")


# -- events ------------------------------------------------------------------------------------------


def new_reference_prefix() -> str:
    """A prefix unique to one call (or one backfill), so generated references never collide."""
    return f"pc-{uuid.uuid4().hex[:20]}-"


def prepare_event(event: object, position: int, prefix: str) -> dict[str, Any]:
    """The JSON of one event, with a reference: the caller's, or `prefix` + its position in the stream.

    Accepts a mapping in Solvimon's event shape or a generated `MeterDataCreateRequest`-like model.
    """
    param = f"events[{position}]"
    if hasattr(event, "to_dict") and not isinstance(event, Mapping):
        event = event.to_dict()
    if not isinstance(event, Mapping):
        raise ParameterError(param, f"must be a mapping in Solvimon's event shape, not {type(event).__name__}")
    body = dict(event)
    if not any(body.get(k) for k in ("meter_id", "meter_reference")):
        raise ParameterError(param, "names no meter: give meter_id or meter_reference")
    if not any(
        body.get(k)
        for k in (
            "customer_id",
            "customer_reference",
            "customer",
            "pricing_plan_subscription_id",
            "pricing_plan_subscription_reference",
            "pricing_plan_subscription_selector",
        )
    ):
        raise ParameterError(param, "names no customer or subscription: give customer_id or customer_reference")
    values = body.get("meter_values")
    if values is not None and not isinstance(values, list):
        raise ParameterError(f"{param}.meter_values", "must be a list")
    if values:
        copied = [dict(v) if isinstance(v, Mapping) else v for v in values]  # the caller's dicts stay as given
        for i, value in enumerate(copied):
            if not isinstance(value, dict):
                raise ParameterError(f"{param}.meter_values[{i}]", "must be a mapping")
            number = value.get("number")
            if isinstance(number, float | bool):
                raise ParameterError(f"{param}.meter_values[{i}].number", "give a Decimal, int or string, not a float")
            if number is not None and not isinstance(number, str):
                value["number"] = str(number)
        body["meter_values"] = copied
    reference = body.get("reference")
    if reference is None or reference == "":
        body["reference"] = f"{prefix}{position}"
    elif not isinstance(reference, str):
        raise ParameterError(f"{param}.reference", "must be a string")
    timestamp = body.get("timestamp")
    if timestamp is not None and not isinstance(timestamp, str):
        from .._dates import to_datetime

        moment = to_datetime(timestamp, f"{param}.timestamp")
        body["timestamp"] = moment.isoformat().replace("+00:00", "Z")
    return body


def check_batch_size(batch_size: object) -> int:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ParameterError("batch_size", f"must be a whole number from 1 to {MAX_BATCH_SIZE}, not {batch_size!r}")
    return batch_size


def batched(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# -- results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FailedEvent:
    """An event Solvimon did not accept, with why. Send `event` again as is: its reference is kept."""

    event: dict[str, Any]
    error: APIError
    position: int | None = None

    @property
    def reference(self) -> str:
        return str(self.event.get("reference"))

    def __repr__(self) -> str:
        return f"FailedEvent(reference={self.reference!r}, error={type(self.error).__name__}: {self.error.message!r})"


@dataclass
class IngestResult:
    """What happened to each event: `accepted` (Solvimon's records), `failed` (event and error).

    `duplicates` counts accepted events Solvimon marked as duplicates of earlier ones (not billed twice);
    `not_matched` those it could not match to a subscription. Backfills keep `accepted` empty (see
    `accepted_count`) so that memory does not grow with the number of events.
    """

    accepted: list[Any] = field(default_factory=list)
    failed: list[FailedEvent] = field(default_factory=list)
    accepted_count: int = 0
    duplicates: int = 0
    not_matched: int = 0
    keep_accepted: bool = field(default=True, repr=False)

    @property
    def ok(self) -> bool:
        return not self.failed

    def add_accepted(self, record: Any) -> None:
        self.accepted_count += 1
        kind = _processed_type(record)
        if kind == "DUPLICATE":
            self.duplicates += 1
        elif kind == "NOT_MATCHED":
            self.not_matched += 1
        if self.keep_accepted:
            self.accepted.append(record)

    def merge(self, other: IngestResult) -> None:
        self.accepted.extend(other.accepted if self.keep_accepted else ())
        self.failed.extend(other.failed)
        self.accepted_count += other.accepted_count
        self.duplicates += other.duplicates
        self.not_matched += other.not_matched

    def failed_events(self) -> list[dict[str, Any]]:
        """The failed events, ready to be sent again (same references)."""
        return [f.event for f in self.failed]


def _get(record: Any, name: str) -> Any:
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


def _processed_type(record: Any) -> str | None:
    details = _get(record, "processed_details")
    kind = None if details is None else (_get(details, "type") or _get(details, "type_"))
    value = getattr(kind, "value", kind)
    return value if isinstance(value, str) else None


# -- one batch: the plan -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SendBatch:
    """Send these events: as a list, or alone when there is one."""

    events: list[dict[str, Any]]

    @property
    def single(self) -> bool:
        return len(self.events) == 1


BatchOutcome = list[Any] | APIError
"""What a send gave: Solvimon's records (one per event, in order or by reference), or the error."""


def batch_plan(
    events: list[dict[str, Any]], positions: list[int | None] | None = None
) -> Generator[SendBatch, BatchOutcome, IngestResult]:
    """Send `events` and sort every one into accepted or failed (see the module docstring)."""
    result = IngestResult()
    where: list[int | None] = list(positions) if positions is not None else [None] * len(events)
    pending: list[tuple[list[dict[str, Any]], list[int | None]]] = [(events, where)]
    while pending:
        chunk, spots = pending.pop(0)
        outcome = yield SendBatch(chunk)
        if not isinstance(outcome, APIError):
            _sort_records(chunk, spots, outcome, result)
            continue
        if not isinstance(outcome, APIStatusError) or outcome.status_code not in _REFUSED_LIST or len(chunk) == 1:
            # a transient failure the runtime already retried, or one event's own refusal
            result.failed.extend(FailedEvent(e, outcome, p) for e, p in zip(chunk, spots, strict=True))
            continue
        named = _named_index(outcome, len(chunk))
        if named is not None:
            result.failed.append(FailedEvent(chunk[named], outcome, spots[named]))
            rest = [i for i in range(len(chunk)) if i != named]
            pending.insert(0, ([chunk[i] for i in rest], [spots[i] for i in rest]))
        else:
            half = len(chunk) // 2
            pending[:0] = [(chunk[:half], spots[:half]), (chunk[half:], spots[half:])]
    return result


def _named_index(error: APIStatusError, size: int) -> int | None:
    field_name = _get(error.error, "field") if error.error is not None else None
    if not isinstance(field_name, str):
        return None
    match = _INDEX.match(field_name)
    if match is None:
        return None
    index = int(match.group(1))
    return index if index < size else None


def _sort_records(
    chunk: list[dict[str, Any]], spots: list[int | None], records: list[Any], result: IngestResult
) -> None:
    by_reference: dict[str, list[Any]] = {}
    for record in records:
        reference = _get(record, "reference")
        if isinstance(reference, str):
            by_reference.setdefault(reference, []).append(record)
    for index, (event, spot) in enumerate(zip(chunk, spots, strict=True)):
        same = by_reference.get(event["reference"])
        record = same.pop(0) if same else None  # in order: a reference sent twice has two records
        if record is None and not by_reference and len(records) == len(chunk):
            record = records[index]  # answers without references: matched by position
        if record is None:
            result.failed.append(FailedEvent(event, _unconfirmed(), spot))
        else:
            result.add_accepted(record)


def _unconfirmed() -> APIError:
    return APIConnectionError(
        "Solvimon's answer does not list this event; send it again (its reference makes that safe)",
        method="POST",
        url="/v1/events/ingest-list",
    )


# -- backfills: checkpoint and progress ---------------------------------------------------------------


class Checkpoint:
    """Where a backfill stands: how many events from the start are acknowledged, and the reference prefix.

    Batches finish out of order under concurrency; the checkpoint only moves past a batch once every
    batch before it is acknowledged, so a resumed backfill skips exactly what was acknowledged and
    sends the rest again with the same references (Solvimon counts a repeated reference once).
    Saved as a small JSON file, replaced atomically.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.prefix = new_reference_prefix()
        self.acknowledged = 0
        self._done: dict[int, int] = {}  # start position -> size of finished batches beyond the watermark
        if self.path is not None and self.path.exists():
            try:
                data = json.loads(self.path.read_text("utf-8"))
                self.prefix = str(data["reference_prefix"])
                self.acknowledged = int(data["acknowledged"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ParameterError("checkpoint", f"{self.path} is not a payclients checkpoint ({exc})") from None

    def finished(self, start: int, size: int) -> bool:
        """Record a finished batch; True when the watermark moved (and the file was saved)."""
        self._done[start] = size
        moved = False
        while self.acknowledged in self._done:
            self.acknowledged += self._done.pop(self.acknowledged)
            moved = True
        if moved:
            self.save()
        return moved

    def save(self) -> None:
        if self.path is None:
            return
        data = json.dumps({"reference_prefix": self.prefix, "acknowledged": self.acknowledged})
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(data)
        os.replace(temporary, self.path)


@dataclass(frozen=True)
class BackfillProgress:
    """Passed to a progress callback after every batch."""

    sent: int
    accepted: int
    failed: int
    acknowledged: int
    """Events from the start that are acknowledged (what the checkpoint holds)."""


ProgressCallback = Callable[[BackfillProgress], None]


def progress_printer(every: int = 10_000) -> ProgressCallback:
    """A callback printing one line to stderr every `every` events."""
    import sys

    last = [0]

    def show(progress: BackfillProgress) -> None:
        if progress.sent - last[0] >= every:
            last[0] = progress.sent
            sys.stderr.write(
                f"solvimon backfill: {progress.sent} sent, {progress.accepted} accepted, {progress.failed} failed\n"
            )

    return show


def numbered(events: Iterable[object], skip: int) -> Iterator[tuple[int, object]]:
    """(position, event) from position `skip` on: the events a resumed backfill still has to send."""
    return itertools.islice(enumerate(events), skip, None)


# -- CSV meter readings ------------------------------------------------------------------------------


def events_from_csv(
    path: str | os.PathLike[str],
    *,
    meter_reference: str | None = None,
    value_reference: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Events from a CSV of meter readings, read one row at a time.

    Columns (header row): `customer_reference` or `customer_id`; `meter_reference` or `meter_id` (or
    pass `meter_reference=`); `timestamp` (ISO-8601); optional `reference`; the reading in `value`
    (its meter value is `value_reference=`, default the meter's) or in `value:<meter value reference>`
    columns; context in `property:<meter property reference>` columns.
    """
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            event: dict[str, Any] = {}
            values: list[dict[str, str]] = []
            properties: list[dict[str, str]] = []
            for column, cell in row.items():
                if column is None or cell is None or cell == "":
                    continue
                name = column.strip()
                if name.startswith("value:"):
                    values.append({"reference": name[6:], "number": cell.strip()})
                elif name.startswith("property:"):
                    properties.append({"reference": name[9:], "value": cell})
                elif name == "value":
                    ref = value_reference or row.get("meter_reference") or meter_reference
                    values.append({"reference": str(ref), "number": cell.strip()})
                elif name in {"customer_reference", "customer_id", "meter_reference", "meter_id", "reference"}:
                    event[name] = cell.strip()
                elif name == "timestamp":
                    event["timestamp"] = cell.strip()
            if meter_reference and not event.get("meter_id"):
                event.setdefault("meter_reference", meter_reference)
            if values:
                event["meter_values"] = values
            if properties:
                event["meter_properties"] = properties
            yield event
