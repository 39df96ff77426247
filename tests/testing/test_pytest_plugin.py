"""The `payclients` pytest plugin, exercised the way a user's test suite would use it: in its own process,
with the plugin found through its entry point."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def test_a_user_test_creates_and_refreshes_an_invoice_with_one_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from payclients_solvimon.models import CreateInvoiceRequest, InvoiceType

        def test_invoice_flow(solvimon, fake_solvimon):
            customer_id = next(iter(fake_solvimon.customers))
            invoice = solvimon.invoices.create_invoice(
                body=CreateInvoiceRequest(type_=InvoiceType.ONE_OFF, customer_id=customer_id)
            )
            fake_solvimon.update_customer(customer_id, email="new@acme.example")
            refreshed = solvimon.refresh_invoice(invoice.id, types=["CUSTOMER"])
            assert refreshed.id == invoice.id
            assert refreshed.customer.email == "new@acme.example"

        def test_each_test_gets_a_fresh_fake(fake_solvimon):
            assert len(fake_solvimon.invoices) == 3

        def test_fault_injection(solvimon, fake_solvimon):
            fake_solvimon.fail_next(1, status=500)
            assert solvimon.get_invoice(fake_solvimon.invoice_ids[0]).id
            assert len(fake_solvimon.requests) == 2
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_async_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.fixture
        def anyio_backend():
            return "asyncio"

        @pytest.mark.anyio
        async def test_async_refresh(async_solvimon, fake_solvimon):
            invoice = await async_solvimon.refresh_invoice(fake_solvimon.invoice_ids[0], types=["FULL"])
            assert invoice.id == fake_solvimon.invoice_ids[0]
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_a_request_that_breaks_the_spec_fails_the_user_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_bad_listing(solvimon):
            solvimon.invoices.list_invoices(limit=0).first_page()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*SpecViolation*minimum of 1*"])


def test_woovi_and_mindz_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_woovi_charge_is_idempotent(woovi, fake_woovi):
            first = woovi.create_charge(value=1000, correlation_id="order-7")
            again = woovi.create_charge(value=1000, correlation_id="order-7")
            assert again.transaction_id == first.transaction_id
            assert len(fake_woovi.charges) == 2  # the seeded charge and this one

        def test_mindz_refresh(mindz, fake_mindz):
            invoice_id = fake_mindz.invoice_ids()[0]
            assert mindz.refresh_invoice("acct_demo", invoice_id).status.name == "ISSUED"
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
