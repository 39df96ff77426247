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


ASYNC_TESTS = """
    import pytest

    {mark}
    async def test_async_solvimon(async_solvimon, fake_solvimon):
        invoice = await async_solvimon.refresh_invoice(fake_solvimon.invoice_ids[0], types=["FULL"])
        assert invoice.id == fake_solvimon.invoice_ids[0]

    {mark}
    async def test_async_woovi(async_woovi, fake_woovi):
        charge = await async_woovi.create_charge(value=500, correlation_id="order-9")
        assert charge.correlation_id == "order-9"

    {mark}
    async def test_async_mindz(async_mindz, fake_mindz):
        invoice = await async_mindz.get_invoice("acct_demo", fake_mindz.invoice_ids()[0])
        assert invoice.id == fake_mindz.invoice_ids()[0]
"""


def test_async_fixtures_under_pytest_asyncio_strict_mode(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(ASYNC_TESTS.format(mark="@pytest.mark.asyncio"))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:anyio", "-o", "asyncio_mode=strict")
    result.assert_outcomes(passed=3)


def test_async_fixtures_under_anyio(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        ASYNC_TESTS.format(mark="@pytest.mark.anyio")
        + """
    @pytest.fixture
    def anyio_backend():
        return "asyncio"
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=3)


def test_signed_webhook_fixture_tests_a_handler_in_one_line(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import datetime

        from payclients.mindz import webhooks as mindz_webhooks
        from payclients.solvimon import webhooks as solvimon_webhooks
        from payclients.woovi.webhooks import WebhookVerificationError, WebhookVerifier

        VERIFIER = WebhookVerifier()  # built at start-up, before any test key exists


        def handle_woovi(body, headers):
            try:
                VERIFIER.construct_event(body, headers)
            except WebhookVerificationError:
                return 400
            return 200


        def handle_mindz(body, headers):
            try:
                mindz_webhooks.construct_event(body, headers, "whsec_app")
            except WebhookVerificationError:
                return 400
            return 200


        def test_woovi(signed_webhook):
            assert handle_woovi(*signed_webhook.woovi({"event": "OPENPIX:CHARGE_COMPLETED"})) == 200
            assert handle_woovi(*signed_webhook.woovi({"event": "X"}).tampered()) == 400


        def test_mindz(signed_webhook):
            assert handle_mindz(*signed_webhook.mindz({"event": "invoice.issued"}, secret="whsec_app")) == 200
            assert handle_mindz(*signed_webhook.mindz({"event": "invoice.issued"}, secret="other")) == 400


        def handle_solvimon(body, headers):
            try:
                solvimon_webhooks.construct_event(body, headers, ["whsec_new", "whsec_old"])
            except WebhookVerificationError:
                return 400
            return 200


        def test_solvimon(signed_webhook):
            event = {"type": "METER.CREATED", "data": {"id": "met_1"}}
            assert handle_solvimon(*signed_webhook.solvimon(event, secret="whsec_new")) == 200
            assert handle_solvimon(*signed_webhook.solvimon(event, secret="whsec_old")) == 200
            assert handle_solvimon(*signed_webhook.solvimon(event, secret="other")) == 400
            assert handle_solvimon(*signed_webhook.solvimon(event, secret="whsec_new").tampered()) == 400
            stale = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=6)
            assert handle_solvimon(*signed_webhook.solvimon(event, secret="whsec_new", timestamp=stale)) == 400


        def test_the_test_key_is_trusted_only_during_its_test():
            from payclients.testing.webhooks import WooviSigner

            assert handle_woovi(*WooviSigner().delivery({"event": "X"})) == 400
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


WITHOUT_OPENAPI_CORE = """
    import sys

    sys.modules["openapi_core"] = None  # as if the `testing` extra were not installed
"""


def test_without_the_testing_extra_the_fixtures_warn_and_run_unchecked(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(WITHOUT_OPENAPI_CORE)
    pytester.makepyfile(
        """
        import pytest

        from payclients.testing import SpecChecksUnavailable

        def test_unchecked(solvimon, fake_solvimon):
            assert solvimon.get_invoice(fake_solvimon.invoice_ids[0]).id  # works, unchecked

        @pytest.mark.filterwarnings("error")
        def test_a_suite_that_turns_warnings_into_errors_is_told_what_to_install(fake_woovi):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "always::UserWarning")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(['*SpecChecksUnavailable: *pip install "payclients?testing?"*'])


def test_without_the_testing_extra_insisting_on_checks_is_an_import_error(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(WITHOUT_OPENAPI_CORE)
    pytester.makepyfile(
        """
        import pytest

        from payclients.testing import FakeSolvimon

        def test_insist():
            with pytest.raises(ImportError, match='payclients.testing.'):
                FakeSolvimon(check_spec=True)
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
