"""Exact amounts (Decimal in, two-decimal strings out, no floats) and the one-file invoice upload."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from payclients import AsyncMindz, Mindz, ParameterError
from payclients.mindz import invoice_amount
from payclients.mindz._money import to_amount
from payclients_mindz.types import ResponseValueError
from tests.conftest import Script
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID, PLATFORM

PDF = b"%PDF-1.4\n%%EOF\n"
XML = b'<?xml version="1.0" encoding="UTF-8"?><nfeProc versao="4.00"/>'


def CREATED(request: httpx.Request) -> httpx.Response:
    """What Mindz answers a create (201) or an update (200) with."""
    return httpx.Response(201 if request.method == "POST" else 200, json={"id": 42, "status": 0, "amount": "150.00"})


def make(script: Script) -> Mindz:
    return Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport())


def form_fields(request: httpx.Request) -> dict[str, bytes]:
    """The parts of a multipart/form-data body, by name (the boundary is random per request)."""
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    assert len(boundary) >= 32 and boundary != "+++"
    parts: dict[str, bytes] = {}
    for chunk in request.content.split(b"--" + boundary.encode())[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, value = chunk[2:-2].partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        parts[name] = value
        if name == "file":
            parts["file:head"] = head
    return parts


# -- amounts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (Decimal("150"), "150.00"),
        (Decimal("150.5"), "150.50"),
        (Decimal("150.000"), "150.00"),
        (150, "150.00"),
        (0, "0.00"),
        ("1234.56", "1234.56"),
        (" 89.9 ", "89.90"),
        ("1E+3", "1000.00"),
        (Decimal("-0"), "0.00"),
        ("12345678901234567890.99", "12345678901234567890.99"),
    ],
)
def test_amounts_are_sent_as_exact_two_decimal_strings(value: Any, sent: str) -> None:
    assert to_amount(value) == sent


@pytest.mark.parametrize(
    ("value", "match"),
    [
        (150.0, "floats are not exact"),
        (0.1, "floats are not exact"),
        (Decimal("150.005"), "more than two decimal places"),
        ("150.001", "more than two decimal places"),
        ("150,00", "use a dot for decimals"),
        ("", "is not a decimal number"),
        ("NaN", "finite"),
        (Decimal("Infinity"), "finite"),
        ("-10.00", "must not be negative"),
        (True, "expected a Decimal, an int or a decimal string"),
        (None, "expected a Decimal"),
        ("9" * 40, "too large"),
    ],
)
def test_bad_amounts_are_refused_with_a_clear_parameter_error(value: Any, match: str) -> None:
    with pytest.raises(ParameterError, match=match) as caught:
        to_amount(value)
    assert caught.value.param == "amount"


def test_a_float_amount_is_refused_before_sending() -> None:
    script = Script(CREATED)
    with pytest.raises(ParameterError, match="floats are not exact"):
        make(script).create_invoice(ACCOUNT, PDF, amount=150.0)  # type: ignore[arg-type]
    with pytest.raises(ParameterError, match="floats are not exact"):
        make(script).update_invoice(ACCOUNT, 42, amount=0.3)  # type: ignore[arg-type]
    assert script.requests == []


def test_the_amount_is_sent_as_a_form_string() -> None:
    script = Script(CREATED)
    make(script).create_invoice(ACCOUNT, PDF, amount=Decimal("7"))
    assert form_fields(script.requests[0])["amount"] == b"7.00"


def test_invoice_amount_reads_an_exact_decimal() -> None:
    from payclients_mindz.models import MindzPayInvoice

    amount = invoice_amount(MindzPayInvoice.from_dict({"id": 1, "amount": "0.10"}))
    assert amount == Decimal("0.10")
    assert isinstance(amount, Decimal)
    assert amount + Decimal("0.20") == Decimal("0.30")
    assert invoice_amount(MindzPayInvoice.from_dict({"id": 1, "amount": None})) is None
    assert invoice_amount(MindzPayInvoice.from_dict({"id": 1})) is None
    assert invoice_amount(MindzPayInvoice.from_dict({"id": 1, "amount": 150})) == Decimal("150")
    with pytest.raises(ResponseValueError, match=r'amount: expected decimal string, got string "R\$ 10,00"'):
        MindzPayInvoice.from_dict({"id": 1, "amount": "R$ 10,00"})


# -- the one invoice file ----------------------------------------------------------------------------------


def test_bytes_get_a_name_and_type_from_their_content() -> None:
    script = Script(CREATED)
    make(script).create_invoice(ACCOUNT, PDF)
    make(script).create_invoice(ACCOUNT, bytearray(XML))
    pdf, xml = (form_fields(r) for r in script.requests)
    assert pdf["file"] == PDF
    assert pdf["file:head"].endswith(b'filename="invoice.pdf"\r\nContent-Type: application/pdf')
    assert xml["file"] == XML
    assert xml["file:head"].endswith(b'filename="invoice.xml"\r\nContent-Type: application/xml')


def test_a_path_is_read_and_named_after_the_file(tmp_path: Path) -> None:
    document = tmp_path / "NFe-000123.XML"
    document.write_bytes(XML)
    script = Script(CREATED)
    make(script).create_invoice(ACCOUNT, document)
    make(script).create_invoice(ACCOUNT, str(document))
    for request in script.requests:
        fields = form_fields(request)
        assert fields["file"] == XML
        assert fields["file:head"].endswith(b'filename="NFe-000123.XML"\r\nContent-Type: application/xml')


def test_a_binary_file_object_is_read(tmp_path: Path) -> None:
    document = tmp_path / "nota.pdf"
    document.write_bytes(PDF)
    script = Script(CREATED)
    with document.open("rb") as handle:
        make(script).create_invoice(ACCOUNT, handle)
    fields = form_fields(script.requests[0])
    assert fields["file"] == PDF
    assert b'filename="nota.pdf"' in fields["file:head"]


def test_file_name_and_content_type_can_be_given() -> None:
    script = Script(CREATED)
    make(script).create_invoice(ACCOUNT, io.BytesIO(b"raw"), file_name="nota.bin", content_type="application/x-nfe")
    head = form_fields(script.requests[0])["file:head"]
    assert head.endswith(b'filename="nota.bin"\r\nContent-Type: application/x-nfe')


def test_unknown_content_is_octet_stream() -> None:
    script = Script(CREATED)
    make(script).create_invoice(ACCOUNT, b"\x00\x01binary")
    assert form_fields(script.requests[0])["file:head"].endswith(
        b'filename="invoice"\r\nContent-Type: application/octet-stream'
    )


def test_fields_left_out_are_not_sent() -> None:
    script = Script(CREATED)
    make(script).create_invoice(ACCOUNT, PDF, client_id=5531)
    fields = form_fields(script.requests[0])
    assert set(fields) == {"file", "file:head", "client"}
    assert fields["client"] == b"5531"


@pytest.mark.parametrize(
    ("file", "match"),
    [
        ([b"%PDF-1", b"%PDF-2"], "exactly one file"),
        ((PDF,), "exactly one file"),
        (io.StringIO("texto"), "binary mode"),
        (b"", "the file is empty"),
        ("/no/such/dir/nota.pdf", "cannot read '/no/such/dir/nota.pdf'"),
        ("<nfeProc>" + "x" * 200, "to upload a document's content, pass it as bytes"),
        ("%PDF-1.4\x00binary", "pass it as bytes"),
        (42, "expected the file's bytes, a file opened in binary mode or a path, not int"),
        (None, "not NoneType"),
    ],
)
def test_anything_but_one_readable_file_is_refused_before_sending(file: Any, match: str) -> None:
    script = Script(CREATED)
    with pytest.raises(ParameterError, match=match) as caught:
        make(script).create_invoice(ACCOUNT, file)
    assert caught.value.param == "file"
    assert len(str(caught.value)) < 200
    assert script.requests == []


def test_a_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="cannot read"):
        make(Script(CREATED)).create_invoice(ACCOUNT, tmp_path)


def test_a_file_opened_for_writing_is_refused(tmp_path: Path) -> None:
    with (tmp_path / "nota.pdf").open("wb") as handle, pytest.raises(ParameterError, match="cannot read the file"):
        make(Script(CREATED)).create_invoice(ACCOUNT, handle)


class _TextReader:
    def read(self) -> str:
        return "not bytes"


def test_a_reader_returning_text_is_refused() -> None:
    with pytest.raises(ParameterError, match="read\\(\\) returned str"):
        make(Script(CREATED)).create_invoice(ACCOUNT, _TextReader())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"nfe_id": ""}, "nfe_id"),
        ({"payment_id": 0}, "payment_id"),
        ({"client_id": "5531"}, "client_id"),
        ({"file_name": ""}, "file_name"),
        ({"content_type": "pdf"}, "content_type"),
    ],
)
def test_other_create_fields_are_checked_before_sending(kwargs: dict[str, Any], param: str) -> None:
    script = Script(CREATED)
    with pytest.raises(ParameterError) as caught:
        make(script).create_invoice(ACCOUNT, PDF, **kwargs)
    assert caught.value.param == param
    assert script.requests == []


def test_update_needs_something_to_change() -> None:
    script = Script(CREATED)
    with pytest.raises(ParameterError, match="nothing to change"):
        make(script).update_invoice(ACCOUNT, 42)
    with pytest.raises(ParameterError, match="pass file too"):
        make(script).update_invoice(ACCOUNT, 42, nfe_id="NFe1", file_name="nota.pdf")
    assert script.requests == []


def test_update_can_replace_the_file() -> None:
    script = Script(httpx.Response(200, json={"id": 42}))
    make(script).update_invoice(ACCOUNT, 42, file=XML, file_name="corrigida.xml")
    fields = form_fields(script.requests[0])
    assert script.requests[0].method == "PATCH"
    assert set(fields) == {"file", "file:head"}
    assert b'filename="corrigida.xml"' in fields["file:head"]


@pytest.mark.anyio
async def test_async_create_and_update_share_the_checks() -> None:
    script = Script(CREATED)
    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.async_transport()) as m:
        with pytest.raises(ParameterError, match="floats"):
            await m.create_invoice(ACCOUNT, PDF, amount=1.5)  # type: ignore[arg-type]
        with pytest.raises(ParameterError, match="nothing to change"):
            await m.update_invoice(ACCOUNT, 42)
        assert script.requests == []
        await m.create_invoice(ACCOUNT, PDF, amount="10")
        await m.update_invoice(ACCOUNT, 42, amount=Decimal("11.5"))
    assert form_fields(script.requests[0])["amount"] == b"10.00"
    assert form_fields(script.requests[1])["amount"] == b"11.50"
