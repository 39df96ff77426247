"""Verify and parse Solvimon webhook deliveries.

    from payclients.solvimon import webhooks

    event = webhooks.construct_event(raw_body, request.headers, secret=WEBHOOK_SECRET)
    if event.type == "INVOICE.CREATED":
        print(event.data.id)  # a payclients_solvimon Invoice

What is known and what is assumed. Solvimon's primary docs say deliveries are signed and that the
Webhooks page explains the check, and the `Webhook` object names its `signing_protocol` "HmacSHA256";
the details come from a secondary capture of that page:

* the headers `X-PAYLOAD-SIGNATURE-TIMESTAMP` (an ISO-8601 moment) and `X-PAYLOAD-SIGNATURE` (one or
  more `v1=<signature>` pairs, separated by commas or spaces);
* the signature is HMAC-SHA256, keyed with the webhook's `secret_key`, over the exact text
  `"{timestamp}.{payload}"`: the timestamp header as sent, a dot, and the raw body bytes;
* deliveries older than 5 minutes are to be refused (`tolerance=`);
* after a secret roll Solvimon signs with the old and the new secret for up to 24 hours, so pass both
  (`secret=[new, old]`): any of them may match any `v1` pair.

**Assumed:** how the signature bytes are written. Nothing says hex or base64; the default is
`encoding="hex"` and `encoding="base64"` is there if your deliveries do not verify with hex. Epoch
seconds in the timestamp header are accepted too, in case it is not ISO-8601.

Always pass the raw body exactly as received (bytes). Comparisons are constant-time and every secret is
tried, whether or not an earlier one matched. Any failure raises `payclients.WebhookVerificationError`:
answer the delivery with 400 and ignore it. Deliveries are at-least-once: make your handler idempotent.

It is all stdlib (`hmac`, `hashlib`): unlike Woovi's RSA check, it needs no `webhooks` extra.
`WebhookRouter` sends each verified event to the handler of its `type` (`@router.on("INVOICE.CREATED")`),
or to the fallback.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import importlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeVar, get_args

from .. import _exceptions, _webhooks
from .._exceptions import WebhookVerificationError
from .._webhooks import Encoding, WebhookRouter

__all__ = [
    "ALGORITHM",
    "DEFAULT_ENCODING",
    "Encoding",
    "EVENT_MODELS",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "TOLERANCE",
    "Payload",
    "Secrets",
    "WebhookEvent",
    "WebhookRouter",
    "WebhookVerificationError",
    "construct_event",
    "parse_event",
    "sign",
    "verify",
]

SIGNATURE_HEADER: Final = "X-PAYLOAD-SIGNATURE"
TIMESTAMP_HEADER: Final = "X-PAYLOAD-SIGNATURE-TIMESTAMP"
ALGORITHM: Final = "sha256"
TOLERANCE: Final = 300.0
"""Seconds a delivery's timestamp may be away from now (5 minutes)."""
DEFAULT_ENCODING: Final[Encoding] = "hex"
"""Assumed: Solvimon does not document the encoding of the signature."""
_SCHEME: Final = "v1"

Secrets = str | bytes | Iterable[str | bytes]
"""One webhook secret, or several (the new and the old one for 24 h after a roll)."""
Payload = bytes | bytearray | memoryview | str

EVENT_MODELS: Final[Mapping[str, str]] = {
    "INVOICE": "Invoice",
    "CUSTOMER": "Customer",
    "PRICING_PLAN_SUBSCRIPTION": "PricingPlanSubscription",
    "PRICING_PLAN": "PricingPlan",
    "PRICING_PLAN_VERSION": "PricingPlanVersion",
    "PAYMENT": "Payment",
    "PLATFORM": "Platform",
}
"""Resource of an event type (`INVOICE` of `INVOICE.CREATED`) -> its model in `payclients_solvimon.models`.
Other resources, or a model the generated package does not have, keep `data` as a dict."""

_PAIR = re.compile(r"[\s,]+")
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

_T = TypeVar("_T")


@dataclass(frozen=True)
class WebhookEvent(Generic[_T]):
    """One delivery: Solvimon's envelope, with `data` as the model of its resource.

    `is_known` is False when the resource has no model here; `data` is then the JSON object as sent.
    Envelope keys beyond the documented ones are kept in `extra`.
    """

    type: str
    created_at: dt.datetime | None
    data: _T
    environment: str | None = None
    original_request_id: str | None = None
    is_known: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def resource(self) -> str:
        """`INVOICE` of `INVOICE.CREATED`."""
        return self.type.rpartition(".")[0] or self.type

    @property
    def action(self) -> str:
        """`CREATED` of `INVOICE.CREATED`."""
        return self.type.rpartition(".")[2]


def verify(
    payload: Payload,
    headers: Mapping[str, str],
    secret: Secrets,
    *,
    encoding: Encoding = DEFAULT_ENCODING,
    tolerance: float = TOLERANCE,
    now: dt.datetime | None = None,
) -> bytes:
    """Check a delivery's signature and age, and return the raw body; raise `WebhookVerificationError`.

    * **payload** - the raw request body, as received.
    * **headers** - the request's headers (names matched in any case).
    * **secret** - the webhook's `secret_key`, or several while a roll is under way.
    * **encoding** - how the signature is written: `"hex"` (default, assumed) or `"base64"`.
    * **tolerance** - seconds the timestamp may be away from now (default 300).
    """
    keys = _keys(secret)
    _check_encoding(encoding)
    body = _webhooks.raw_bytes(payload)
    stamp = _webhooks.find_header(headers, TIMESTAMP_HEADER)
    if stamp is None or not stamp.strip():
        raise WebhookVerificationError(f"the {TIMESTAMP_HEADER} header is missing: this delivery is not signed")
    header = _webhooks.find_header(headers, SIGNATURE_HEADER)
    if header is None or not header.strip():
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing: this delivery is not signed")
    signatures = _signatures(header, encoding)
    message = stamp.encode("utf-8") + b"." + body
    matched = False
    for key in keys:  # every key against every signature, so timing does not tell which matched
        digest = _webhooks.hmac_digest(key, message, ALGORITHM)
        for signature in signatures:
            matched |= hmac.compare_digest(digest, signature)
    if not matched:
        raise WebhookVerificationError("the webhook signature does not match the payload")
    _webhooks.check_timestamp(_moment(stamp), tolerance=tolerance, now=now)
    return body


def construct_event(
    payload: Payload,
    headers: Mapping[str, str],
    secret: Secrets,
    *,
    encoding: Encoding = DEFAULT_ENCODING,
    tolerance: float = TOLERANCE,
    now: dt.datetime | None = None,
) -> WebhookEvent[Any]:
    """Verify the delivery (see `verify`), then parse it (see `parse_event`)."""
    return parse_event(verify(payload, headers, secret, encoding=encoding, tolerance=tolerance, now=now))


def parse_event(payload: Payload | Mapping[str, Any]) -> WebhookEvent[Any]:
    """A delivery's body as a `WebhookEvent`. This verifies nothing: use it on checked bodies only."""
    body = dict(payload) if isinstance(payload, Mapping) else _webhooks.load_json_object(_webhooks.raw_bytes(payload))
    kind = body.get("type")
    if not isinstance(kind, str) or not kind:
        raise WebhookVerificationError("the webhook body has no event type")
    data = body.get("data")
    model = _model(kind.rpartition(".")[0] or kind)
    parsed: Any = data
    known = model is not None and isinstance(data, Mapping)
    if model is not None and isinstance(data, Mapping):
        try:
            parsed = model.from_dict(dict(data))
        except _PARSE_ERRORS:
            raise WebhookVerificationError(
                f"the data of the {kind} webhook does not have the shape of {model.__name__}"
            ) from None
    documented = {"type", "created_at", "data", "environment", "original_request_id"}
    return WebhookEvent(
        type=kind,
        created_at=_optional_moment(body.get("created_at")),
        data=parsed,
        environment=_optional_str(body.get("environment")),
        original_request_id=_optional_str(body.get("original_request_id")),
        is_known=known,
        extra={k: v for k, v in body.items() if k not in documented},
    )


def sign(
    payload: Payload,
    secret: Secrets,
    *,
    timestamp: dt.datetime | None = None,
    encoding: Encoding = DEFAULT_ENCODING,
) -> dict[str, str]:
    """The two headers Solvimon would send with `payload` (one `v1` pair per secret): for handler tests."""
    keys = _keys(secret)
    _check_encoding(encoding)
    moment = timestamp or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        raise _exceptions.ParameterError("timestamp", "naive datetime: give it a timezone")
    stamp = moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    message = stamp.encode("utf-8") + b"." + _webhooks.raw_bytes(payload)
    pairs = []
    for key in keys:
        digest = _webhooks.hmac_digest(key, message, ALGORITHM)
        text = digest.hex() if encoding == "hex" else base64.b64encode(digest).decode("ascii")
        pairs.append(f"{_SCHEME}={text}")
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: ",".join(pairs)}


# -- helpers -----------------------------------------------------------------------------------------


def _keys(secret: Secrets | None) -> list[str | bytes]:
    if secret is None:
        keys: list[str | bytes] = []
    elif isinstance(secret, str | bytes):
        keys = [secret]
    else:
        keys = list(secret)
    if not keys or not all(isinstance(k, str | bytes) and k for k in keys):
        raise _exceptions.ConfigurationError(
            "give the webhook's secret_key (or several, while rolling it); none may be empty"
        )
    return keys


def _check_encoding(encoding: str) -> None:
    if encoding not in get_args(Encoding):
        raise _exceptions.ParameterError("encoding", f"must be 'hex' or 'base64', not {encoding!r}")


def _signatures(header: str, encoding: Encoding) -> list[bytes]:
    """The `v1` signatures of the header; pairs of other schemes are ignored."""
    found = []
    for pair in _PAIR.split(header.strip()):
        scheme, sep, value = pair.partition("=")
        if sep and scheme.strip().lower() == _SCHEME and value:
            found.append(_webhooks.decode_signature(value, encoding))
    if not found:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header has no {_SCHEME}=... signature")
    return found


def _moment(stamp: str) -> dt.datetime:
    text = stamp.strip()
    try:
        if text.isdigit():
            return dt.datetime.fromtimestamp(int(text), dt.UTC)
        moment = dt.datetime.fromisoformat(text)
    except (ValueError, OverflowError):
        raise WebhookVerificationError(f"the {TIMESTAMP_HEADER} header is not a moment") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _optional_moment(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return _moment(value)
    except WebhookVerificationError:
        return None


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _model(resource: str) -> Any:
    name = EVENT_MODELS.get(resource)
    if name is None:
        return None
    models = importlib.import_module("payclients_solvimon.models")
    return getattr(models, name, None)
