"""A built site served on loopback, as a host serves it: under the site_url's path, gzipped (as GitHub Pages
does), with the nearest 404.html for a missing page (as Cloudflare Pages and others do).

    with serve(site) as server:          # server.url: http://127.0.0.1:<port>/guide/
        ...
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from machinery.layout import site_path
from machinery.runtime import SERVED

COMPRESSED = (".woff2", ".woff", ".png", ".jpg", ".gz", ".ico", ".zip", ".whl")  # sent as they are
# The Run button's runtime (machinery/runtime.py SERVED) is cached as GitHub Pages lets browsers cache anything
# (10 minutes): a later page of the visit, and every run's fresh worker, get it from the cache, compiled
# WebAssembly included. Everything else is revalidated on each request.
CACHED = (SERVED,)
CACHED_FOR = "max-age=600"
KINDS = {
    ".html": "HTML", ".css": "CSS", ".js": "JS", ".woff2": "fonts", ".woff": "fonts", ".json": "search index",
    ".png": "images", ".svg": "images", ".ico": "images", ".xml": "other",
}


@dataclass(frozen=True)
class Served:
    path: str
    status: int
    size: int  # bytes of the file
    gzipped: int  # bytes sent with gzip (woff2 and other compressed formats are sent as they are)
    kind: str


@dataclass
class Server:
    root: Path
    prefix: str
    url: str = ""
    log: list[Served] = field(default_factory=list)  # every request, in the order they arrived
    _answers: dict = field(default_factory=dict, repr=False)

    def translate(self, url_path: str) -> Path | None:
        path = unquote(urlsplit(url_path).path)
        if not path.startswith(self.prefix):
            return None
        target = (self.root / path[len(self.prefix):]).resolve()
        if self.root not in (target, *target.parents):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def not_found_page(self, url_path: str) -> Path | None:
        """The nearest 404.html up the tree from the requested path."""
        path = unquote(urlsplit(url_path).path)
        folder = self.root / (path[len(self.prefix):] if path.startswith(self.prefix) else "")
        for candidate in [folder, *folder.parents]:
            if self.root in (candidate, *candidate.parents) and (candidate / "404.html").is_file():
                return candidate / "404.html"
        return None

    def answer(self, url_path: str) -> tuple[Served, Path | None, bytes]:
        """What a request for `url_path` gets: its description, the file, and the body as sent with gzip
        (remembered: the files do not change while the site is served)."""
        if url_path not in self._answers:
            self._answers[url_path] = self._answer(url_path)
        return self._answers[url_path]

    def _answer(self, url_path: str) -> tuple[Served, Path | None, bytes]:
        target, status = self.translate(url_path), 200
        if target is None:
            target, status = self.not_found_page(url_path), 404
        if target is None:
            return Served(urlsplit(url_path).path, 404, 0, 0, "other"), None, b""
        body = target.read_bytes()
        packed = body if target.suffix in COMPRESSED else gzipped(body)
        return Served(urlsplit(url_path).path, status, len(body), len(packed), KINDS.get(target.suffix, "other")), \
            target, packed

    def describe(self, url: str) -> Served:
        """What the server sends for a URL (with or without scheme and host)."""
        parts = urlsplit(url)
        return self.answer(parts.path + (f"?{parts.query}" if parts.query else ""))[0]

    def transfer(self, urls: list[str]) -> dict[str, int]:
        """Bytes sent (gzipped) per kind of file (HTML, CSS, JS, fonts, …) for the URLs a page view asked for."""
        sizes: dict[str, int] = {}
        for url in urls:
            served = self.describe(url)
            sizes[served.kind] = sizes.get(served.kind, 0) + served.gzipped
        return sizes


def gzipped(body: bytes) -> bytes:
    """A body as a host sends it compressed (gzip level 6, the common default)."""
    return gzip.compress(body, 6)


# A page's HTML within one TCP round trip (an initial window of 10 segments, about 14 KB): above it, a phone's
# first paint waits one more round trip. tests/test_site.py holds every page to it; split a page that grows past.
HTML_ROUND_TRIP_KB = 14
# A page's first view (its HTML and everything it loads: CSS, JS, fonts, the search config), gzipped as sent.
# tests/browser/test_pages.py holds every page to it; ./dev bench-site prints each page's figures.
FIRST_VIEW_KB = 100


class _Handler(SimpleHTTPRequestHandler):
    server_info: Server

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        served, target, packed = self.server_info.answer(self.path)
        self.server_info.log.append(served)  # before the answer: whoever got it finds it logged
        if target is None:
            self.send_error(404)
            return
        body = target.read_bytes()
        self.send_response(served.status)
        self.send_header("Content-Type", self.guess_type(str(target)))
        cached = any(f"{self.server_info.prefix}{folder}" in self.path for folder in CACHED)
        self.send_header("Cache-Control", CACHED_FOR if cached else "no-cache")
        if target.suffix not in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = packed  # as GitHub Pages does
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the browser moved on (a navigation, a closed page)
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog is 5 connections: a browser opening several pages at once, each with its
    # stylesheets, scripts and font, can overflow it on a loaded machine and see a request fail (net::ERR_FAILED).
    request_queue_size = 128


@contextmanager
def serve(root: Path, prefix: str | None = None) -> Iterator[Server]:
    """Serve `root` on 127.0.0.1 (a free port) under `prefix` (default: the site_url's path), from a thread."""
    info = Server(root=Path(root).resolve(), prefix=prefix or site_path())
    handler = type("Handler", (_Handler,), {"server_info": info})
    httpd = _Server(("127.0.0.1", 0), partial(handler, directory=str(info.root)))
    info.url = f"http://127.0.0.1:{httpd.server_address[1]}{info.prefix}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield info
    finally:
        httpd.shutdown()
        httpd.server_close()
