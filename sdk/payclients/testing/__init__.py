"""Offline stand-ins for the providers, for your tests, notebooks and demos.

Each fake is an httpx transport that behaves like the provider (state, auth, pagination, errors,
idempotency) and checks all traffic against payclients' spec for it:

>>> from payclients import Solvimon
>>> from payclients.testing import FakeSolvimon
>>> fake = FakeSolvimon()
>>> solvimon = Solvimon(api_key="test", transport=fake)
>>> fake.fail_next(status=503)            # the next call fails once, then the client retries

With pytest, the `payclients` plugin provides the fixtures `fake_solvimon`, `solvimon` and
`async_solvimon` (clients wired to the fake). Needs the `testing` extra: `pip install "payclients[testing]"`.
"""

from ._fake import Call, FakeAPI, FakeNotImplementedError, route
from ._mindz import FakeMindz
from ._solvimon import FakeSolvimon
from ._spec import SpecViolation
from ._woovi import FakeWoovi

__all__ = [
    "Call",
    "FakeAPI",
    "FakeMindz",
    "FakeNotImplementedError",
    "FakeSolvimon",
    "FakeWoovi",
    "SpecViolation",
    "route",
]
