"""Offline stand-ins for the providers, for your tests, notebooks and demos.

Each fake is an httpx transport that behaves like the provider (state, auth, pagination, errors,
idempotency) and checks all traffic against payclients' spec for it:

>>> from payclients import Solvimon
>>> from payclients.testing import FakeSolvimon
>>> fake = FakeSolvimon()
>>> solvimon = Solvimon(api_key="test", transport=fake)
>>> fake.fail_next(status=503)            # the next call fails once, then the client retries

With pytest, the `payclients` plugin provides the fixtures `fake_solvimon`, `solvimon` and
`async_solvimon` (clients wired to the fake). The spec checks need the `testing` extra
(`pip install "payclients[testing]"`); without it a fake runs unchecked, with a `SpecChecksUnavailable`
warning, in the Python API, the fixtures and the command line alike.
"""

from ._fake import Call, FakeAPI, FakeNotImplementedError, route
from ._mindz import FakeMindz
from ._solvimon import FakeSolvimon
from ._spec import SpecChecksUnavailable, SpecViolation
from ._woovi import FakeWoovi

__all__ = [
    "Call",
    "FakeAPI",
    "FakeMindz",
    "FakeNotImplementedError",
    "FakeSolvimon",
    "FakeWoovi",
    "SpecChecksUnavailable",
    "SpecViolation",
    "route",
]
