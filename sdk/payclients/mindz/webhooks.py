"""Mindz webhooks: check a delivery's HMAC-SHA256 signature, then read its event.

    from payclients.mindz import webhooks

    event = webhooks.construct_event(request.body, request.headers, secret=WEBHOOK_SECRET)
    print(event.event, event.data)

What is documented and what is not: Mindz says webhooks have a secret (*Segredo*) and that deliveries
are signed with HMAC-SHA256. It does not say (outside each tenant's `/api/v2/doc/`) which header carries
the signature, how it is encoded, or what the payload looks like. The defaults here are a **proposal**
(`x-payclients-signature` in specs/mindz.yaml): the hex HMAC-SHA256 of the raw body, keyed with the
secret, in `X-Mindz-Signature`. If your tenant's reference says otherwise, pass `header=`, `encoding=`
and `prefix=`. No timestamp is documented, so there is no replay window to check.

Always pass the raw body exactly as received (bytes): a re-serialised JSON object will not match.
Several secrets may be given (old and new, while you rotate one); the comparison is constant-time.
Any failure raises `payclients.WebhookVerificationError`: answer the delivery with 400 and ignore it.

`WebhookRouter` sends each verified event to the handler of its `event` name (`@router.on("...")`),
or to the fallback; Mindz does not publish its event names, so any name is accepted.
"""

from .._webhooks import WebhookRouter
from ._webhooks import ALGORITHM, SIGNATURE_HEADER, Payload, Secrets, construct_event, sign, verify

__all__ = [
    "ALGORITHM",
    "SIGNATURE_HEADER",
    "Payload",
    "Secrets",
    "WebhookRouter",
    "construct_event",
    "sign",
    "verify",
]
