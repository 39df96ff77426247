"""No cassette holds a credential, and the recording settings really redact them."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from payclients import Solvimon
from tests.conftest import TEST_SECRETS

ROOT = Path(__file__).resolve().parent
CASSETTES = sorted(ROOT.rglob("cassettes/**/*.yaml"))
CREDENTIAL_HEADERS = {"authorization", "x-api-key", "x-platform-id", "cookie", "app-id", "api-key"}


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 5


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT)))
def test_cassette_holds_no_credential(path: Path) -> None:
    text = path.read_text()
    for secret in TEST_SECRETS:
        assert secret not in text
    cassette = yaml.safe_load(text)
    for interaction in cassette["interactions"]:
        for name, values in interaction["request"]["headers"].items():
            if name.lower() in CREDENTIAL_HEADERS:
                assert values == ["REDACTED"], f"{name} is not redacted"
        response_headers = {k.lower() for k in interaction["response"]["headers"]}
        assert "set-cookie" not in response_headers


class _InvoiceHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"id": "inv_1", "status": "OPEN", "type": "STANDARD", "invoice_date": "2026-01-01T00:00:00Z"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", "session=abc123")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _InvoiceHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_recording_redacts_credentials(local_server: str, tmp_path: Path, vcr_config: dict[str, Any]) -> None:
    recorder = vcr.VCR(**vcr_config)
    cassette = tmp_path / "recorded.yaml"
    with recorder.use_cassette(str(cassette), record_mode="all"):
        solvimon = Solvimon(api_key=TEST_SECRETS[0], platform_id="plat_private", base_url=local_server)
        assert solvimon.get_invoice("inv_1").id == "inv_1"
    text = cassette.read_text()
    assert TEST_SECRETS[0] not in text
    assert "plat_private" not in text
    assert "session=abc123" not in text
    headers = {k.lower(): v for k, v in yaml.safe_load(text)["interactions"][0]["request"]["headers"].items()}
    assert headers["x-api-key"] == ["REDACTED"]
    assert headers["x-platform-id"] == ["REDACTED"]
