"""A local HTTP server that answers like a provider's real API, from recorded responses."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Replay:
    """Answers GETs with scripted (status, body, headers, delay) tuples, then the default."""

    def __init__(self, default_fixture: str):
        self.default = (200, (FIXTURES / default_fixture).read_bytes(), {}, 0.0)
        self.script: list[tuple[int, bytes, dict[str, str], float]] = []
        self.requests: list[dict[str, list[str]]] = []
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                replay.requests.append(parse_qs(urlparse(self.path).query))
                status, body, headers, delay = replay.script.pop(0) if replay.script else replay.default
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/w/api.php"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def then(self, status: int, body: object = b"", headers: dict[str, str] | None = None, delay: float = 0.0):
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.script.append((status, raw, headers or {}, delay))
        return self

    def close(self):
        self.server.shutdown()
        self.server.server_close()
