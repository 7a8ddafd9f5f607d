"""What the browser tests and the site benchmark share: the built site served on loopback, and Chromium.

The site is served under the path of its `site_url`, gzipped (as on GitHub Pages), with the nearest 404.html
for a missing page (as Cloudflare Pages and others do). Chromium is Debian's package, driven by Playwright: no browser
is ever downloaded. By default it runs with a font configuration that has no Bengali font, like most readers'
machines, so pages must bring their own.
"""

from __future__ import annotations

import gzip
import os
import shutil
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from harness import LANGUAGES, page_names, site_path

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
INSTALL_HINT = "Chromium is needed for the browser tests: sudo apt-get install chromium (Debian/Ubuntu)."


def page_url(base: str, name: str, lang: str) -> str:
    """The served URL of page `name` (from docs/) in `lang`: base + "", "en/", "x/", "en/x/"."""
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    return f"{base}{prefix}{'' if name == 'index' else name + '/'}"


def site_pages() -> list[tuple[str, str]]:
    """(lang, name) for every page in every language."""
    return [(lang, name) for name in page_names() for lang in LANGUAGES]


# --- serving -------------------------------------------------------------------------------------------------

@dataclass
class Served:
    path: str
    status: int
    size: int  # bytes sent (uncompressed)
    gzipped: int  # what it would be with gzip (woff2 and other compressed formats are sent as they are)
    kind: str


@dataclass
class Server:
    root: Path
    prefix: str
    url: str = ""
    log: list[Served] = field(default_factory=list)

    def take_log(self) -> list[Served]:
        log, self.log[:] = list(self.log), []
        return log

    def settle(self, quiet_ms: int = 100, limit_ms: int = 3000) -> None:
        """Wait until this server has seen no new request for `quiet_ms` (at most `limit_ms`)."""
        seen, quiet_since, start = -1, time.monotonic(), time.monotonic()
        while time.monotonic() - start < limit_ms / 1000:
            if len(self.log) != seen:
                seen, quiet_since = len(self.log), time.monotonic()
            elif time.monotonic() - quiet_since > quiet_ms / 1000:
                return
            time.sleep(0.02)


COMPRESSED = (".woff2", ".woff", ".png", ".jpg", ".gz", ".ico")
KINDS = {
    ".html": "HTML", ".css": "CSS", ".js": "JS", ".woff2": "fonts", ".woff": "fonts", ".json": "search index",
    ".png": "images", ".svg": "images", ".ico": "images", ".xml": "other",
}


class _Handler(SimpleHTTPRequestHandler):
    server_info: Server

    def log_message(self, *args):  # quiet
        pass

    def translate(self, url_path: str) -> Path | None:
        info = self.server_info
        path = unquote(urlsplit(url_path).path)
        if not path.startswith(info.prefix):
            return None
        target = (info.root / path[len(info.prefix):]).resolve()
        if info.root not in (target, *target.parents):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def not_found_page(self, url_path: str) -> Path | None:
        """The nearest 404.html up the tree from the requested path."""
        info = self.server_info
        rel = unquote(urlsplit(url_path).path)[len(info.prefix):] if url_path.startswith(info.prefix) else ""
        folder = info.root / rel
        for candidate in [folder, *folder.parents]:
            if info.root in (candidate, *candidate.parents) and (candidate / "404.html").is_file():
                return candidate / "404.html"
        return None

    def do_GET(self):
        target, status = self.translate(self.path), 200
        if target is None:
            target, status = self.not_found_page(self.path), 404
        if target is None:
            self.send_error(404)
            return
        body = target.read_bytes()
        suffix = target.suffix
        packed = body if suffix in COMPRESSED else gzip.compress(body, 6)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Cache-Control", "no-cache")
        if packed is not body and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = packed  # as GitHub Pages does
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server_info.log.append(
            Served(urlsplit(self.path).path, status, len(target.read_bytes()), len(packed), KINDS.get(suffix, "other"))
        )


def serve(root: Path, prefix: str | None = None) -> tuple[Server, ThreadingHTTPServer]:
    """Serve `root` on 127.0.0.1 (a free port) under `prefix` (default: the site_url's path) from a daemon
    thread; stop it with .shutdown()."""
    info = Server(root=Path(root).resolve(), prefix=prefix or site_path())
    handler = type("Handler", (_Handler,), {"server_info": info})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(info.root)))
    httpd.daemon_threads = True
    info.url = f"http://127.0.0.1:{httpd.server_address[1]}{info.prefix}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return info, httpd


# --- Chromium ------------------------------------------------------------------------------------------------

def chromium_path() -> str | None:
    """Debian's Chromium, or the one CHROMIUM names (CHROMIUM=/nonexistent: as if there were none)."""
    if "CHROMIUM" in os.environ:
        candidates = [os.environ["CHROMIUM"]]
    else:
        candidates = ["/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def fontconfig_without_bengali(tmp: Path) -> Path:
    """A fontconfig file with the system's fonts minus every Bengali one: a reader's machine without them."""
    conf = tmp / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
        f"  <cachedir>{tmp / 'cache'}</cachedir>\n"
        "  <selectfont><rejectfont>\n"
        "    <glob>*Bengali*</glob><glob>*Bangla*</glob><glob>*Lohit*</glob><glob>*Mukti*</glob>\n"
        "    <glob>*Siliguri*</glob><glob>*Kalpurush*</glob><glob>*SolaimanLipi*</glob>\n"
        "    <glob>*FreeSans*</glob><glob>*FreeSerif*</glob><glob>*Likhan*</glob><glob>*Vrinda*</glob>\n"
        "  </rejectfont></selectfont>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def launch(playwright, tmp: Path, *, bengali_fonts: bool = False):
    """Start Debian's Chromium headless; without the system's Bengali fonts (fontconfig in `tmp`) unless asked."""
    env = dict(os.environ)
    if not bengali_fonts:
        env["FONTCONFIG_FILE"] = str(fontconfig_without_bengali(Path(tmp)))
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, env=env)
