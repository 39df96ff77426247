"""Fakes with more data than the bundled ones, plugged into the CLI registry by the tests (`use_fake`)."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from payclients.testing import FakeSolvimon


class ManyInvoicesSolvimon(FakeSolvimon):
    """FakeSolvimon with 10 invoices (3 seeded + 7); remembers its instances for the tests to inspect."""

    instances: ClassVar[list[ManyInvoicesSolvimon]] = []

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        customer_id = next(iter(self.customers))
        for number in range(7):
            self.add_invoice(customer_id, status="OPEN", lines=[("Usage", f"{100 + number}.00")])
        ManyInvoicesSolvimon.instances.append(self)


class BrokenSolvimon(FakeSolvimon):
    """A FakeSolvimon whose invoices carry a field of the wrong type: its answers break the spec."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        for invoice in self.invoices.values():
            invoice["on_hold"] = "not a boolean"


class KeyedSolvimon(FakeSolvimon):
    """A FakeSolvimon that only accepts the key the secrets test puts in SOLVIMON_API_KEY."""

    api_key = "sk_live_cli_secret_7Qz3vN1p"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(api_keys=[self.api_key], **kwargs)


class MindzInvoicePages(httpx.MockTransport):
    """Mindz's DRF limit/offset pages of MindzPay invoices (25 of them), for `--all`."""

    instances: ClassVar[list[MindzInvoicePages]] = []
    total = 25

    def __init__(self, *, check_spec: bool = True) -> None:
        super().__init__(self.answer)
        self.requests: list[httpx.Request] = []
        MindzInvoicePages.instances.append(self)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        limit = int(request.url.params.get("limit", "50"))
        offset = int(request.url.params.get("offset", "0"))
        results = [{"id": n, "nfe_id": f"NFE{n:04d}"} for n in range(offset + 1, min(offset + limit, self.total) + 1)]
        following = offset + limit < self.total
        next_url = str(request.url.copy_merge_params({"offset": offset + limit})) if following else None
        return httpx.Response(200, json={"count": self.total, "next": next_url, "previous": None, "results": results})


try:
    from payclients.testing import FakeWoovi
except ImportError:  # the Woovi fake is not in this tree yet
    pass
else:

    class ManyChargesWoovi(FakeWoovi):
        """FakeWoovi with 6 charges (1 seeded + 5)."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            for number in range(5):
                self.add_charge(correlation_id=f"order-{2000 + number}", value=1000 + number)
