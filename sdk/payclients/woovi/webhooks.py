"""Verify and parse Woovi webhook deliveries.

Woovi signs each delivery's raw body with RSA-SHA256 (PKCS#1 v1.5) and sends the base64 signature in
the `x-webhook-signature` header. Check it before trusting (or even parsing) the body:

    from payclients.woovi.webhooks import WebhookVerifier

    verifier = WebhookVerifier(woovi)  # a payclients.Woovi; create the verifier once, at start-up
    event = verifier.construct_event(raw_body, request_headers)  # WebhookVerificationError if forged

Keys: the key Woovi publishes today ships with payclients and is always accepted. With a client (or a
`fetch_public_keys` callable) the verifier also asks `GET /api/v1/webhook/public-keys` for the current
list, on the first delivery and again once the list is `cache_ttl` seconds old (an hour by default),
and accepts a signature made with any listed key. A signature that matches no key triggers one early
refresh, in case Woovi rotated its keys, at most once per `refresh_interval` (a minute). A failed
fetch is logged as a warning and verification goes on with the bundled key and the last keys fetched.

The legacy `X-OpenPix-Signature` header (base64 HMAC-SHA1 of the body with the webhook's secret) is
refused unless you pass `legacy_hmac_secret`.

A verified body becomes the generated model of its event (`EVENT_MODELS`, e.g. `WebhookChargePayload`
for `OPENPIX:CHARGE_COMPLETED`), or the lenient `WebhookPayload` for an event type this version does
not know. `WebhookRouter` sends each event to the handler of its type
(`@router.on("OPENPIX:CHARGE_COMPLETED")`), or to its fallback.

`AsyncWebhookVerifier` is the same for `AsyncWoovi`. `construct_event()` at module level checks
against the bundled (and any given) keys without fetching anything.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping
from types import MappingProxyType
from typing import Any, Protocol, TypeAlias, TypeVar

from payclients_woovi.models.webhook_account_register_payload import WebhookAccountRegisterPayload
from payclients_woovi.models.webhook_boleto_settled_payload import WebhookBoletoSettledPayload
from payclients_woovi.models.webhook_charge_payload import WebhookChargePayload
from payclients_woovi.models.webhook_dispute_payload import WebhookDisputePayload
from payclients_woovi.models.webhook_event import WebhookEvent
from payclients_woovi.models.webhook_movement_payload import WebhookMovementPayload
from payclients_woovi.models.webhook_payload import WebhookPayload
from payclients_woovi.models.webhook_pix_automatic_cobr_payload import WebhookPixAutomaticCobrPayload
from payclients_woovi.models.webhook_pix_automatic_payload import WebhookPixAutomaticPayload
from payclients_woovi.models.webhook_pix_refund_payload import WebhookPixRefundPayload
from payclients_woovi.models.webhook_ted_payload import WebhookTedPayload
from payclients_woovi.models.webhook_transaction_payload import WebhookTransactionPayload

from .. import _exceptions, _webhooks
from .._exceptions import WebhookVerificationError
from . import _webhook_keys as _keys

__all__ = [
    # verifying
    "WebhookVerifier",
    "AsyncWebhookVerifier",
    "SupportsWebhookPublicKeys",
    "AsyncSupportsWebhookPublicKeys",
    "construct_event",
    "verify_signature",
    "parse_event",
    "WebhookVerificationError",
    "SIGNATURE_HEADER",
    "LEGACY_SIGNATURE_HEADER",
    # dispatching
    "WebhookRouter",
    # events: the generated models, re-exported for `isinstance` checks in handlers
    "Event",
    "EVENT_MODELS",
    "WebhookEvent",
    "WebhookAccountRegisterPayload",
    "WebhookBoletoSettledPayload",
    "WebhookChargePayload",
    "WebhookDisputePayload",
    "WebhookMovementPayload",
    "WebhookPayload",
    "WebhookPixAutomaticCobrPayload",
    "WebhookPixAutomaticPayload",
    "WebhookPixRefundPayload",
    "WebhookTedPayload",
    "WebhookTransactionPayload",
]

logger = logging.getLogger("payclients.woovi.webhooks")

SIGNATURE_HEADER = "x-webhook-signature"
LEGACY_SIGNATURE_HEADER = "X-OpenPix-Signature"

Event: TypeAlias = (
    WebhookChargePayload
    | WebhookTransactionPayload
    | WebhookPixRefundPayload
    | WebhookMovementPayload
    | WebhookDisputePayload
    | WebhookBoletoSettledPayload
    | WebhookAccountRegisterPayload
    | WebhookPixAutomaticPayload
    | WebhookPixAutomaticCobrPayload
    | WebhookTedPayload
    | WebhookPayload
)
"""A parsed delivery: the model of its event type, or `WebhookPayload` for an event this version does not know."""

_E = WebhookEvent
EVENT_MODELS: Mapping[str, type[Event]] = MappingProxyType(
    {
        _E.OPENPIX_CHARGE_CREATED: WebhookChargePayload,
        _E.OPENPIX_CHARGE_COMPLETED: WebhookChargePayload,
        _E.OPENPIX_CHARGE_EXPIRED: WebhookChargePayload,
        _E.OPENPIX_CHARGE_COMPLETED_NOT_SAME_CUSTOMER_PAYER: WebhookChargePayload,
        _E.OPENPIX_TRANSACTION_RECEIVED: WebhookTransactionPayload,
        _E.OPENPIX_TRANSACTION_REFUND_RECEIVED: WebhookTransactionPayload,
        _E.PIX_TRANSACTION_REFUND_RECEIVED_CONFIRMED: WebhookPixRefundPayload,
        _E.PIX_TRANSACTION_REFUND_RECEIVED_REJECTED: WebhookPixRefundPayload,
        _E.PIX_TRANSACTION_REFUND_SENT_CONFIRMED: WebhookPixRefundPayload,
        _E.PIX_TRANSACTION_REFUND_SENT_REJECTED: WebhookPixRefundPayload,
        _E.OPENPIX_MOVEMENT_CONFIRMED: WebhookMovementPayload,
        _E.OPENPIX_MOVEMENT_FAILED: WebhookMovementPayload,
        _E.OPENPIX_MOVEMENT_REMOVED: WebhookMovementPayload,
        _E.OPENPIX_DISPUTE_CREATED: WebhookDisputePayload,
        _E.OPENPIX_DISPUTE_ACCEPTED: WebhookDisputePayload,
        _E.OPENPIX_DISPUTE_REJECTED: WebhookDisputePayload,
        _E.OPENPIX_DISPUTE_CANCELED: WebhookDisputePayload,
        _E.BOLETO_SETTLED: WebhookBoletoSettledPayload,
        _E.ACCOUNT_REGISTER_APPROVED: WebhookAccountRegisterPayload,
        _E.ACCOUNT_REGISTER_REJECTED: WebhookAccountRegisterPayload,
        _E.ACCOUNT_REGISTER_PENDING: WebhookAccountRegisterPayload,
        _E.ACCOUNT_REGISTER_STEP_UPDATED: WebhookAccountRegisterPayload,
        _E.ACCOUNT_REGISTER_IN_REVIEW: WebhookAccountRegisterPayload,
        _E.ACCOUNT_REGISTER_DOCUMENTS_REQUESTED: WebhookAccountRegisterPayload,
        _E.ACCOUNT_REGISTER_RFI_RESOLVED: WebhookAccountRegisterPayload,
        _E.PIX_AUTOMATIC_APPROVED: WebhookPixAutomaticPayload,
        _E.PIX_AUTOMATIC_REJECTED: WebhookPixAutomaticPayload,
        _E.PIX_AUTOMATIC_COBR_CREATED: WebhookPixAutomaticCobrPayload,
        _E.PIX_AUTOMATIC_COBR_APPROVED: WebhookPixAutomaticCobrPayload,
        _E.PIX_AUTOMATIC_COBR_REJECTED: WebhookPixAutomaticCobrPayload,
        _E.PIX_AUTOMATIC_COBR_COMPLETED: WebhookPixAutomaticCobrPayload,
        _E.PIX_AUTOMATIC_COBR_TRY_REJECTED: WebhookPixAutomaticCobrPayload,
        _E.PIX_AUTOMATIC_COBR_TRY_REQUESTED: WebhookPixAutomaticCobrPayload,
        _E.TED_OUT_CONFIRMED: WebhookTedPayload,
        _E.TED_OUT_REJECTED: WebhookTedPayload,
        _E.TED_IN_CONFIRMED: WebhookTedPayload,
        _E.TED_IN_REJECTED: WebhookTedPayload,
        _E.TED_REFUND_SENT_CONFIRMED: WebhookTedPayload,
        _E.TED_REFUND_RECEIVED_CONFIRMED: WebhookTedPayload,
    }
)
"""Event type (the body's `event`) -> the model its body parses into, as the spec's `webhooks` section says."""

Payload: TypeAlias = bytes | bytearray | memoryview | str
Secret: TypeAlias = str | bytes
_PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)


class _PublicKeysResource(Protocol):
    def get_webhook_public_keys(self) -> object: ...


class SupportsWebhookPublicKeys(Protocol):
    """A `payclients.Woovi`, or anything with `.webhooks.get_webhook_public_keys()`."""

    @property
    def webhooks(self) -> _PublicKeysResource: ...


class _AsyncPublicKeysResource(Protocol):
    def get_webhook_public_keys(self) -> Awaitable[object]: ...


class AsyncSupportsWebhookPublicKeys(Protocol):
    """A `payclients.AsyncWoovi`, or anything with an awaitable `.webhooks.get_webhook_public_keys()`."""

    @property
    def webhooks(self) -> _AsyncPublicKeysResource: ...


# -- parsing -----------------------------------------------------------------------------------------


def parse_event(payload: Payload | Mapping[str, Any]) -> Event:
    """Turn a delivery's body into its event model. This does NOT verify anything: only call it on a
    body whose signature you checked (`construct_event` does both)."""
    body = dict(payload) if isinstance(payload, Mapping) else _webhooks.load_json_object(_webhooks.raw_bytes(payload))
    event = body.get("event")
    model = EVENT_MODELS.get(event) if isinstance(event, str) else None
    if model is not None:
        try:
            return model.from_dict(body)
        except _PARSE_ERRORS as exc:
            logger.warning(
                "the %s webhook body does not match %s (%s); parsed as WebhookPayload instead",
                event,
                model.__name__,
                type(exc).__name__,
            )
    try:
        return WebhookPayload.from_dict(body)
    except _PARSE_ERRORS:
        raise WebhookVerificationError("the webhook body is not a Woovi webhook payload") from None


# -- verification: the logic, written once ------------------------------------------------------------


class _FetchFailed:
    def __init__(self, error: Exception) -> None:
        self.error = error


_FetchFlow: TypeAlias = Generator[None, "object | _FetchFailed", None]


def _secrets(value: Secret | Iterable[Secret] | None) -> tuple[Secret, ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes):
        secrets: tuple[Secret, ...] = (value,)
    else:
        secrets = tuple(value)
    if not all(isinstance(s, str | bytes) and s for s in secrets):
        raise _exceptions.ConfigurationError("legacy_hmac_secret must be a non-empty string (or a list of them)")
    return secrets


def _describe_error(error: Exception) -> str:
    # payclients' own errors are written to be safe to log; anything else (a user's fetch callable)
    # could carry a secret in its message, so only its type is logged.
    if isinstance(error, _exceptions.PayclientsError):
        return f"{type(error).__name__}: {error}"
    return type(error).__name__


class _VerifierBase:
    """Configuration and the verification steps shared by `WebhookVerifier` and `AsyncWebhookVerifier`.

    `_flow` is a generator holding every decision; it yields when it needs the public keys fetched and
    is sent what the fetch returned (or `_FetchFailed`). The sync and async classes only differ in how
    they run the fetch, the way httpx's auth flows work.
    """

    def __init__(
        self,
        fetcher: Callable[[], object] | None,
        *,
        public_keys: Iterable[str | bytes],
        legacy_hmac_secret: Secret | Iterable[Secret] | None,
        cache_ttl: float,
        refresh_interval: float,
        clock: Callable[[], float],
    ) -> None:
        try:
            configured = [_keys.load_public_key(pem, source="configured") for pem in public_keys]
        except ValueError as exc:
            raise _exceptions.ConfigurationError(f"public_keys: {exc}") from None
        _keys.bundled_keys()  # fails here, at start-up, without the `webhooks` extra (the install hint)
        self._configured_keys = configured
        self._legacy_secrets = _secrets(legacy_hmac_secret)
        try:
            self._cache = _keys.KeyCache(ttl=cache_ttl, refresh_interval=refresh_interval, clock=clock)
        except ValueError as exc:
            raise _exceptions.ConfigurationError(str(exc)) from None
        self._fetcher = fetcher

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(keys=[{_keys.describe(self.public_keys)}], "
            f"fetches_keys={self._fetcher is not None}, cache_ttl={self._cache.ttl}, "
            f"legacy_hmac={bool(self._legacy_secrets)})"
        )

    @property
    def public_keys(self) -> tuple[_keys.PublicKey, ...]:
        """The keys a signature is checked against now: fetched ones first, then configured and bundled."""
        return _keys.unique([*self._cache.keys, *self._configured_keys, *_keys.bundled_keys()])

    def expire_public_keys(self) -> None:
        """Make the next delivery fetch the key list again (the keys already known stay usable)."""
        self._cache.expire()

    def _flow(self, body: bytes, headers: Mapping[str, str]) -> _FetchFlow:
        signature_text = _webhooks.find_header(headers, SIGNATURE_HEADER)
        legacy_text = _webhooks.find_header(headers, LEGACY_SIGNATURE_HEADER)

        legacy_error: WebhookVerificationError | None = None
        if self._legacy_secrets and legacy_text is not None:
            try:
                _webhooks.verify_hmac(body, legacy_text, self._legacy_secrets, algorithm="sha1", encoding="base64")
                return
            except WebhookVerificationError as exc:
                legacy_error = exc

        if signature_text is None:
            if legacy_error is not None:
                raise WebhookVerificationError(f"{LEGACY_SIGNATURE_HEADER}: {legacy_error}")
            if legacy_text is not None:
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} header is missing; the legacy {LEGACY_SIGNATURE_HEADER} header "
                    "is only accepted when legacy_hmac_secret is set"
                )
            raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
        signature = _webhooks.decode_signature(signature_text, "base64")

        if self._fetcher is not None and self._cache.claim_scheduled_fetch():
            self._absorb((yield))
        if _keys.match_signature(body, signature, self.public_keys) is not None:
            return
        if self._fetcher is not None and self._cache.claim_refresh():
            logger.info("no known Woovi webhook key matches a signature; fetching the key list again")
            self._absorb((yield))
            if _keys.match_signature(body, signature, self.public_keys) is not None:
                return
        message = f"the {SIGNATURE_HEADER} signature does not match the payload under any known Woovi public key"
        if legacy_error is not None:
            message += f", and {LEGACY_SIGNATURE_HEADER}: {legacy_error}"
        raise WebhookVerificationError(message)

    def _absorb(self, result: object) -> None:
        """Store a fetch's keys; on any failure, warn and carry on with the keys already known."""
        if isinstance(result, _FetchFailed):
            self._fetch_failed(_describe_error(result.error))
            return
        try:
            pems = _keys.keys_from_response(result)
        except ValueError as exc:
            self._fetch_failed(str(exc))
            return
        loaded: list[_keys.PublicKey] = []
        for pem in pems:
            try:
                loaded.append(_keys.load_public_key(pem, source="fetched"))
            except ValueError as exc:
                logger.warning("skipping a Woovi webhook public key that does not load: %s", exc)
        if not loaded:
            self._fetch_failed("the response lists no usable key")
            return
        self._cache.store(loaded)
        logger.debug("fetched Woovi webhook public keys: %s", _keys.describe(loaded))

    def _fetch_failed(self, reason: str) -> None:
        logger.warning(
            "could not fetch Woovi's webhook public keys (%s); verifying with the keys already known: %s",
            reason,
            _keys.describe(self.public_keys),
        )


class WebhookVerifier(_VerifierBase):
    """Checks Woovi webhook deliveries; create one at start-up and share it (it caches the key list).

    Args:
        client: a `payclients.Woovi` (or anything with `.webhooks.get_webhook_public_keys()`), used to
            fetch the current key list. Without it (and without `fetch_public_keys`) only the bundled
            key and `public_keys` are used. The fetch runs inside the delivery that triggers it, with
            the client's timeout and retries: to keep handlers quick, pass e.g.
            `woovi.with_options(timeout=5, max_retries=0)`.
        fetch_public_keys: instead of a client, a callable returning the key list: the generated
            `WebhookPublicKeyList`, the endpoint's JSON (`{"public_keys": [{"key": PEM}, ...]}`) or a
            list of PEM strings.
        public_keys: more PEM keys to accept, besides the bundled one.
        legacy_hmac_secret: the webhook's secret (or several) to accept the deprecated
            `X-OpenPix-Signature` header; None (the default) refuses that header.
        cache_ttl: seconds before the fetched key list is fetched again.
        refresh_interval: minimum seconds between two fetches, whatever triggers them.
        clock: a monotonic clock in seconds (tests inject a fake one).
    """

    def __init__(
        self,
        client: SupportsWebhookPublicKeys | None = None,
        *,
        fetch_public_keys: Callable[[], object] | None = None,
        public_keys: Iterable[str | bytes] = (),
        legacy_hmac_secret: Secret | Iterable[Secret] | None = None,
        cache_ttl: float = 3600.0,
        refresh_interval: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if client is not None and fetch_public_keys is not None:
            raise _exceptions.ConfigurationError("pass either client or fetch_public_keys, not both")
        fetcher = fetch_public_keys
        if client is not None:
            fetcher = client.webhooks.get_webhook_public_keys
        if fetcher is not None and inspect.iscoroutinefunction(fetcher):
            raise _exceptions.ConfigurationError(
                "this fetcher is async: use AsyncWebhookVerifier with an AsyncWoovi client"
            )
        super().__init__(
            fetcher,
            public_keys=public_keys,
            legacy_hmac_secret=legacy_hmac_secret,
            cache_ttl=cache_ttl,
            refresh_interval=refresh_interval,
            clock=clock,
        )

    def verify_signature(self, payload: Payload, headers: Mapping[str, str]) -> None:
        """Raise `WebhookVerificationError` unless the raw `payload` carries a valid Woovi signature."""
        flow = self._flow(_webhooks.raw_bytes(payload), headers)
        try:
            next(flow)
            while True:
                flow.send(self._fetch())
        except StopIteration:
            return
        finally:
            flow.close()

    def construct_event(self, payload: Payload, headers: Mapping[str, str]) -> Event:
        """Verify the raw `payload` against `headers`, then parse it into its event model."""
        self.verify_signature(payload, headers)
        return parse_event(payload)

    def _fetch(self) -> object:
        assert self._fetcher is not None
        try:
            result = self._fetcher()
        except Exception as exc:
            return _FetchFailed(exc)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            return _FetchFailed(
                _exceptions.ConfigurationError("the key fetcher returned an awaitable; use AsyncWebhookVerifier")
            )
        return result


class AsyncWebhookVerifier(_VerifierBase):
    """`WebhookVerifier` for async code: takes an `AsyncWoovi` and its checks are awaited.

    `fetch_public_keys` may be a coroutine function or a plain callable. Arguments as `WebhookVerifier`.
    """

    def __init__(
        self,
        client: AsyncSupportsWebhookPublicKeys | None = None,
        *,
        fetch_public_keys: Callable[[], Awaitable[object] | object] | None = None,
        public_keys: Iterable[str | bytes] = (),
        legacy_hmac_secret: Secret | Iterable[Secret] | None = None,
        cache_ttl: float = 3600.0,
        refresh_interval: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if client is not None and fetch_public_keys is not None:
            raise _exceptions.ConfigurationError("pass either client or fetch_public_keys, not both")
        fetcher: Callable[[], object] | None = fetch_public_keys
        if client is not None:
            fetcher = client.webhooks.get_webhook_public_keys
        super().__init__(
            fetcher,
            public_keys=public_keys,
            legacy_hmac_secret=legacy_hmac_secret,
            cache_ttl=cache_ttl,
            refresh_interval=refresh_interval,
            clock=clock,
        )

    async def verify_signature(self, payload: Payload, headers: Mapping[str, str]) -> None:
        """Raise `WebhookVerificationError` unless the raw `payload` carries a valid Woovi signature."""
        flow = self._flow(_webhooks.raw_bytes(payload), headers)
        try:
            next(flow)
            while True:
                flow.send(await self._fetch())
        except StopIteration:
            return
        finally:
            flow.close()

    async def construct_event(self, payload: Payload, headers: Mapping[str, str]) -> Event:
        """Verify the raw `payload` against `headers`, then parse it into its event model."""
        await self.verify_signature(payload, headers)
        return parse_event(payload)

    async def _fetch(self) -> object:
        assert self._fetcher is not None
        try:
            result = self._fetcher()
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:
            return _FetchFailed(exc)
        return result


_R = TypeVar("_R")


class WebhookRouter(_webhooks.WebhookRouter[Event, _R]):
    """Sends each verified Woovi event to the handler of its type (`event.event`), or to the fallback.

        router = WebhookRouter[None]()

        @router.on(WebhookEvent.OPENPIX_CHARGE_COMPLETED, "OPENPIX:CHARGE_EXPIRED")
        def charge_changed(event: Event) -> None: ...

        router.dispatch(verifier.construct_event(body, headers))

    `on()` takes the names of `WebhookEvent` (a typo is a `ParameterError` that suggests the nearest
    one; `strict=False` accepts any name, for a type Woovi added after this version). An event of a
    type this version does not know (a `WebhookPayload`) goes to its handler if one was given with
    `strict=False`, else to the fallback.
    """

    def __init__(
        self,
        handlers: Mapping[str, Callable[[Event], _R]] | None = None,
        *,
        fallback: Callable[[Event], _R] | None = None,
        strict: bool = True,
    ) -> None:
        known = [member.value for member in WebhookEvent] if strict else None
        super().__init__(handlers, fallback=fallback, known_types=known)


# -- one-shot ----------------------------------------------------------------------------------------


def verify_signature(
    payload: Payload,
    headers: Mapping[str, str],
    *,
    public_keys: Iterable[str | bytes] = (),
    legacy_hmac_secret: Secret | Iterable[Secret] | None = None,
) -> None:
    """Check a delivery against the bundled key (and `public_keys`), fetching nothing.

    For a long-running server prefer one shared `WebhookVerifier(client)`, which also follows key rotation.
    """
    WebhookVerifier(public_keys=public_keys, legacy_hmac_secret=legacy_hmac_secret).verify_signature(payload, headers)


def construct_event(
    payload: Payload,
    headers: Mapping[str, str],
    *,
    public_keys: Iterable[str | bytes] = (),
    legacy_hmac_secret: Secret | Iterable[Secret] | None = None,
) -> Event:
    """`verify_signature`, then `parse_event`: the typed event of a delivery whose signature checks out."""
    verify_signature(payload, headers, public_keys=public_keys, legacy_hmac_secret=legacy_hmac_secret)
    return parse_event(payload)
