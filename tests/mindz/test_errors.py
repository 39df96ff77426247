"""DRF error bodies become typed errors with a message and per-field errors; POSTs are never repeated."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    InternalServerError,
    Mindz,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from payclients.mindz._errors import parse_error
from tests.conftest import Script
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID, PLATFORM

INVOICE = {"id": 42, "status": 2, "amount": "150.00"}


def details(body: Any, status: int = 400) -> Any:
    return parse_error(httpx.Response(status, json=body))


def client(script: Script, **kwargs: Any) -> Mindz:
    return Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport(), **kwargs)


# -- the parser ------------------------------------------------------------------------------------------


def test_detail_is_the_message() -> None:
    parsed = details({"detail": "Você não tem permissão para executar essa ação."}, 403)
    assert parsed.message == "Você não tem permissão para executar essa ação."
    assert parsed.field_errors == {}
    assert parsed.code is None
    assert parsed.error == {"detail": "Você não tem permissão para executar essa ação."}


def test_field_errors_and_non_field_errors() -> None:
    body = {
        "amount": ["Um número válido é necessário."],
        "file": ["Nenhum arquivo foi submetido.", "O arquivo submetido está vazio."],
        "non_field_errors": ["Já existe uma nota fiscal para este pagamento."],
    }
    parsed = details(body)
    assert parsed.field_errors == body
    assert parsed.message == (
        "Já existe uma nota fiscal para este pagamento.; amount: Um número válido é necessário.; "
        "file: Nenhum arquivo foi submetido.; file: O arquivo submetido está vazio."
    )
    assert parsed.error == body


def test_nested_objects_and_lists_get_dotted_field_names() -> None:
    body = {
        "client": {"address": {"zip_code": ["Este campo é obrigatório."]}},
        "items": [{}, {"amount": ["Certifique-se de que não haja mais de 2 casas decimais."]}],
        "tags": [["Valor inválido."], "Lista longa demais."],
    }
    assert details(body).field_errors == {
        "client.address.zip_code": ["Este campo é obrigatório."],
        "items.1.amount": ["Certifique-se de que não haja mais de 2 casas decimais."],
        "tags": ["Valor inválido.", "Lista longa demais."],
    }


def test_drf_full_details_give_the_message_and_code() -> None:
    assert details({"detail": {"message": "Não encontrado.", "code": "not_found"}}, 404).code == "not_found"
    parsed = details({"email": [{"message": "Este campo é obrigatório.", "code": "required"}]})
    assert parsed.field_errors == {"email": ["Este campo é obrigatório."]}
    assert parsed.message == "email: Este campo é obrigatório."


def test_a_code_next_to_detail_is_kept() -> None:
    parsed = details({"detail": "Token inválido.", "code": "token_not_valid"}, 401)
    assert (parsed.message, parsed.code) == ("Token inválido.", "token_not_valid")


def test_a_bare_list_of_messages() -> None:
    parsed = details(["Operação não permitida para esta conta."])
    assert parsed.message == "Operação não permitida para esta conta."
    assert parsed.field_errors == {}


@pytest.mark.parametrize("body", [{}, [], {"count": 3}, "texto", 42, None])
def test_bodies_without_a_message_are_left_to_the_runtime(body: Any) -> None:
    assert details(body) is None


def test_non_json_is_left_to_the_runtime() -> None:
    assert parse_error(httpx.Response(502, text="<html>Bad Gateway</html>")) is None


# -- typed errors through the client ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (403, PermissionDeniedError), (422, UnprocessableEntityError), (418, APIStatusError)],
)
def test_statuses_map_to_typed_errors_with_the_drf_details(status: int, cls: type[APIStatusError]) -> None:
    body = {"nfe_id": ["Certifique-se de que este campo não tenha mais de 64 caracteres."]}
    script = Script(httpx.Response(status, json=body))
    with pytest.raises(cls) as caught:
        client(script).update_invoice(ACCOUNT, 42, nfe_id="x" * 65)
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.field_errors == body
    assert error.error == body
    assert error.message == "nfe_id: Certifique-se de que este campo não tenha mais de 64 caracteres."
    assert error.method == "PATCH"
    assert error.url.endswith(f"/mindzpay/accounts/{ACCOUNT}/invoices/42/")


def test_an_html_error_page_still_gives_a_typed_error() -> None:
    script = Script(httpx.Response(500, text="<h1>Server Error (500)</h1>", headers={"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as caught:
        client(script, max_retries=0).get_invoice(ACCOUNT, 42)
    assert "text/html" in caught.value.message
    assert caught.value.error is None


@pytest.mark.parametrize(
    "call",
    [
        lambda m: m.refresh_invoice(ACCOUNT, 42),
        lambda m: m.reissue_invoice(ACCOUNT, 42),
        lambda m: m.cancel_invoice(ACCOUNT, 42),
        lambda m: m.create_invoice(ACCOUNT, b"%PDF-1.4"),
        lambda m: m.update_invoice(ACCOUNT, 42, amount="1.00"),
    ],
)
def test_writes_are_not_repeated_after_a_response(call: Any) -> None:
    # Mindz has no idempotency keys: a 503 may come after the write was applied.
    script = Script(httpx.Response(503, json={"detail": "Serviço indisponível."}), httpx.Response(200, json=INVOICE))
    with pytest.raises(InternalServerError, match="Serviço indisponível"):
        call(client(script))
    assert len(script.requests) == 1


def test_reads_are_retried(sleeps: list[float]) -> None:
    script = Script(
        httpx.Response(503, json={"detail": "Serviço indisponível."}),
        httpx.Response(429, json={"detail": "Pedido foi limitado."}, headers={"Retry-After": "3"}),
        httpx.Response(200, json=INVOICE),
    )
    assert client(script).get_invoice(ACCOUNT, 42).id == 42
    assert len(script.requests) == 3
    assert sleeps[-1] == 3.0


def test_rate_limit_error_carries_retry_after() -> None:
    script = Script(httpx.Response(429, json={"detail": "Pedido foi limitado."}, headers={"Retry-After": "120"}))
    with pytest.raises(RateLimitError) as caught:
        client(script).refresh_invoice(ACCOUNT, 42)
    assert caught.value.retry_after == 120.0
    assert caught.value.message == "Pedido foi limitado."


def test_a_write_is_retried_when_the_connection_failed_before_sending() -> None:
    script = Script(httpx.ConnectError("connection refused"), httpx.Response(200, json=INVOICE))
    assert client(script).refresh_invoice(ACCOUNT, 42).id == 42
    assert len(script.requests) == 2


def test_connection_failures_become_api_connection_errors() -> None:
    script = Script(httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError, match="Mindz request failed"):
        client(script, max_retries=1).get_invoice(ACCOUNT, 42)
    assert len(script.requests) == 2
