"""PostgreSQL for the matrix (./dev test --matrix): the server named in SNIPPETS_POSTGRESQL_URL, or a throw-away one.

The throw-away server comes from the system packages (Debian: apt-get install postgresql), listens on loopback
only, lives in a temporary directory, and is stopped and removed afterwards. Each snippet gets a fresh database.

Not pytest-postgresql: its executor runs pg_ctl as the current user, and CI runs as root in a container, where
pg_ctl refuses to run (its issues #341 and #455, closed as a matter of container set-up); and `./dev record
--leg postgresql` needs the same server outside pytest. Here the server runs as the `postgres` user when root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

URL_VARIABLE = "SNIPPETS_POSTGRESQL_URL"
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is one clear error, never a hang


class PostgresUnavailable(RuntimeError):
    pass


def check_reachable(url: str) -> None:
    u = make_url(url)
    try:
        psycopg.connect(
            host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database or "postgres",
            connect_timeout=CONNECT_TIMEOUT,
        ).close()
    except psycopg.Error as exc:
        raise PostgresUnavailable(
            f"PostgreSQL at {u.render_as_string(hide_password=True)} cannot be reached: {str(exc).strip()}\n"
            f"Fix the server or {URL_VARIABLE}, or unset {URL_VARIABLE} to use a throw-away local server."
        ) from None


def _bindir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return os.path.dirname(found[-1])
    if shutil.which("initdb"):
        return os.path.dirname(shutil.which("initdb"))
    raise PostgresUnavailable(
        f"No PostgreSQL server binaries (initdb) found. Install them (Debian: apt-get install postgresql) "
        f"or set {URL_VARIABLE}=postgresql+psycopg://user:password@host/dbname."
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a private PostgreSQL on 127.0.0.1 and yield its URL; stop and delete it afterwards."""
    bindir = _bindir()
    home = tempfile.mkdtemp(prefix="snippets-pg-")
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(home, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(home, "data"), _free_port()

    def run(*cmd: str) -> None:
        proc = subprocess.run([*as_postgres, *cmd], capture_output=True, text=True, timeout=60)
        if proc.returncode:
            log = open(os.path.join(home, "log")).read() if os.path.exists(os.path.join(home, "log")) else ""
            raise PostgresUnavailable(f"{' '.join(cmd)} failed:\n{proc.stdout}{proc.stderr}{log}")

    try:
        run(f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C")
        options = f"-h 127.0.0.1 -p {port} -k {home} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        run(f"{bindir}/pg_ctl", "-D", data, "-o", options, "-l", os.path.join(home, "log"), "-w", "-t", "30", "start")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@contextmanager
def server() -> Iterator[str]:
    """The server to verify snippets on: SNIPPETS_POSTGRESQL_URL if set, else a throw-away local one."""
    if os.environ.get(URL_VARIABLE):
        check_reachable(os.environ[URL_VARIABLE])
        yield os.environ[URL_VARIABLE]
    else:
        with throwaway_server() as url:
            check_reachable(url)
            yield url


@contextmanager
def fresh_database(admin_url: str, name: str) -> Iterator[str]:
    """A new, empty database for one snippet run; dropped afterwards."""
    u = make_url(admin_url)
    connect = dict(host=u.host, port=u.port, user=u.username, password=u.password,
                   dbname=u.database or "postgres", connect_timeout=CONNECT_TIMEOUT, autocommit=True)
    with psycopg.connect(**connect) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield u.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(**connect) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
