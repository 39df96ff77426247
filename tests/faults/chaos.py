"""A hostile HTTP/1.1 server on a raw loopback socket, for the fault suite.

Each request it reads is answered by the next `Fault` of its script (the last one repeats), and is
recorded, as read off the wire, before the fault plays. The server is bounded: it stops itself after
`lifetime` seconds, every socket has a timeout, and leaving the `with` block stops it and joins its
threads.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ChaosServer", "Fault", "Received"]


@dataclass(frozen=True)
class Received:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Play = Callable[[socket.socket, threading.Event], bool]
"""Writes an answer (or misbehaves); True when the connection may serve another request."""


@dataclass(frozen=True)
class Fault:
    name: str
    play: Play = field(repr=False)

    # -- answers that work ---------------------------------------------------------------------------

    @classmethod
    def ok(cls, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Fault:
        payload = json.dumps(body).encode()
        return cls.raw(status, payload, {"Content-Type": "application/json", **(headers or {})}, name=f"ok {status}")

    @classmethod
    def raw(cls, status: int, body: bytes, headers: dict[str, str], *, name: str = "raw") -> Fault:
        def play(conn: socket.socket, stop: threading.Event) -> bool:
            conn.sendall(_head(status, {"Content-Length": str(len(body)), **headers}) + body)
            return True

        return cls(name, play)

    # -- transport faults ---------------------------------------------------------------------------

    @classmethod
    def reset_before_headers(cls) -> Fault:
        def play(conn: socket.socket, stop: threading.Event) -> bool:
            _reset(conn)
            return False

        return cls("reset before headers", play)

    @classmethod
    def reset_after_headers(cls) -> Fault:
        def play(conn: socket.socket, stop: threading.Event) -> bool:
            conn.sendall(_head(200, {"Content-Type": "application/json", "Content-Length": "200"}))
            time.sleep(0.02)
            _reset(conn)
            return False

        return cls("reset after headers", play)

    @classmethod
    def reset_mid_body(cls) -> Fault:
        def play(conn: socket.socket, stop: threading.Event) -> bool:
            conn.sendall(_head(200, {"Content-Type": "application/json", "Content-Length": "200"}) + b'{"id": "in')
            time.sleep(0.02)
            _reset(conn)
            return False

        return cls("reset mid-body", play)

    @classmethod
    def short_body(cls) -> Fault:
        """A Content-Length longer than the body, then a clean close."""

        def play(conn: socket.socket, stop: threading.Event) -> bool:
            conn.sendall(_head(200, {"Content-Type": "application/json", "Content-Length": "500"}) + b'{"id": 1}')
            conn.shutdown(socket.SHUT_WR)
            return False

        return cls("Content-Length longer than the body", play)

    @classmethod
    def truncated_chunked(cls) -> Fault:
        def play(conn: socket.socket, stop: threading.Event) -> bool:
            conn.sendall(_head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
            conn.sendall(b"20\r\n" + b'{"id": "inv_1", "status": "OP' + b"\r\n")
            conn.shutdown(socket.SHUT_WR)
            return False

        return cls("chunked body cut short", play)

    @classmethod
    def drip(cls, body: bytes = b" " * 400 + b"{}", every: float = 0.05) -> Fault:
        """A body that trickles in a byte at a time: each read is quick, the whole is slow."""

        def play(conn: socket.socket, stop: threading.Event) -> bool:
            conn.sendall(_head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))}))
            for byte in body:
                if stop.wait(every):
                    break
                conn.sendall(bytes([byte]))
            return False

        return cls("slow drip", play)

    @classmethod
    def hang(cls) -> Fault:
        def play(conn: socket.socket, stop: threading.Event) -> bool:
            stop.wait(10)
            return False

        return cls("hang", play)

    # -- bodies that do not decode --------------------------------------------------------------------

    @classmethod
    def bad_gzip(cls) -> Fault:
        return cls.raw(
            200,
            b"this is not gzip at all",
            {"Content-Type": "application/json", "Content-Encoding": "gzip"},
            name="bad gzip",
        )

    @classmethod
    def gzip_json(cls, body: Any) -> Fault:
        data = gzip.compress(json.dumps(body).encode())
        return cls.raw(200, data, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, name="gzip")

    @classmethod
    def invalid_utf8(cls) -> Fault:
        return cls.raw(200, b'{"id": "\xff\xfe\xfa"}', {"Content-Type": "application/json"}, name="invalid UTF-8")

    @classmethod
    def deep_json(cls, depth: int = 100_000) -> Fault:
        return cls.raw(200, b"[" * depth + b"]" * depth, {"Content-Type": "application/json"}, name="deep JSON")

    @classmethod
    def huge(cls, size: int) -> Fault:
        return cls.raw(200, b'{"id": "' + b"x" * size + b'"}', {"Content-Type": "application/json"}, name="huge")

    @classmethod
    def status(cls, status: int, **headers: str) -> Fault:
        return cls.raw(status, b"", {k.replace("_", "-"): v for k, v in headers.items()}, name=f"status {status}")


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Chaos", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _reset(conn: socket.socket) -> None:
    """Close with a TCP RST rather than a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class ChaosServer:
    """`with ChaosServer(fault, ...) as server:` then point a client at `server.url`."""

    def __init__(self, *script: Fault, lifetime: float = 30.0) -> None:
        self.script = list(script)
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._lifetime = lifetime
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> ChaosServer:
        thread = threading.Thread(target=self._serve, name="chaos-accept", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    @property
    def count(self) -> int:
        return len(self.received)

    def _next_fault(self) -> Fault:
        with self._lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _serve(self) -> None:
        ends = time.monotonic() + self._lifetime
        while not self._stop.is_set() and time.monotonic() < ends:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), name="chaos-conn", daemon=True)
            thread.start()
            self._threads.append(thread)
        self._stop.set()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        reader = _Reader(conn)
        try:
            for received in reader.requests(self._stop):
                with self._lock:
                    self.received.append(received)
                if not self._next_fault().play(conn, self._stop):
                    break
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()


class _Reader:
    def __init__(self, conn: socket.socket) -> None:
        self._conn = conn
        self._buffer = b""

    def _fill(self) -> bool:
        chunk = self._conn.recv(65536)
        if not chunk:
            return False
        self._buffer += chunk
        return True

    def requests(self, stop: threading.Event) -> Iterator[Received]:
        while not stop.is_set():
            while b"\r\n\r\n" not in self._buffer:
                if not self._fill():
                    return
            head, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            while len(self._buffer) < length:
                if not self._fill():
                    return
            body, self._buffer = self._buffer[:length], self._buffer[length:]
            yield Received(method, path, headers, body)
