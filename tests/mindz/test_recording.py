"""Recording a Mindz cassette with the project's vcr settings never writes a credential."""

from __future__ import annotations

import base64
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from payclients import Mindz
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID


class _InvoiceHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"id": 42, "status": 2, "amount": "150.00"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", "sessionid=mindz-session-abc123")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_tenant() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _InvoiceHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize(("auth_style", "header"), [("headers", None), ("basic", "authorization")])
def test_recording_redacts_the_credentials(
    local_tenant: str, tmp_path: Path, vcr_config: dict[str, Any], auth_style: Any, header: str | None
) -> None:
    recorder = vcr.VCR(**vcr_config)
    cassette = tmp_path / "recorded.yaml"
    with recorder.use_cassette(str(cassette), record_mode="all"):
        mindz = Mindz(app_id=APP_ID, api_key=API_KEY, base_url=local_tenant, auth_style=auth_style)
        assert mindz.get_invoice(ACCOUNT, 42).id == 42
    text = cassette.read_text()
    for secret in (APP_ID, API_KEY, base64.b64encode(f"{APP_ID}:{API_KEY}".encode()).decode(), "mindz-session"):
        assert secret not in text
    recorded = yaml.safe_load(text)["interactions"][0]["request"]["headers"]
    sent = {k.lower(): v for k, v in recorded.items()}
    for name in ("app-id", "api-key") if header is None else (header,):
        assert sent[name] == ["REDACTED"]
