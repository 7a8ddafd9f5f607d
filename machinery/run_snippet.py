"""Run one snippet the way the harness needs it: ``python -W error tests/run_snippet.py snippets/x/y.py``.

The snippet itself stays plain teaching code. This wrapper only
  * marks every line SQLAlchemy's ``echo`` logs with SQL_MARK, so the harness can tell emitted SQL from
    printed values (and drop the log's timestamp prefix), and
  * when SNIPPET_DATABASE_URL is set, sends every ``create_engine()`` to that database instead of SQLite,
    so the same program can be verified on PostgreSQL.
"""

import atexit
import logging
import os
import runpy
import sys

SQL_MARK = "\x1fSQL\x1f"


class MarkSQLLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(SQL_MARK + line for line in super().format(record).split("\n"))


def add_marked_handler(logger: logging.Logger) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(MarkSQLLines("%(message)s"))
    logger.addHandler(handler)


def redirect_engines(url: str) -> None:
    import sqlalchemy
    import sqlalchemy.engine

    real_create_engine = sqlalchemy.create_engine
    engines = []
    # A server's connections still pooled at exit would warn (ResourceWarning); SQLite's in-memory ones don't.
    atexit.register(lambda: [engine.dispose() for engine in engines])

    def create_engine(_url, **kwargs):
        engines.append(real_create_engine(url, **kwargs))
        return engines[-1]

    sqlalchemy.create_engine = sqlalchemy.engine.create_engine = create_engine


def main() -> None:
    import sqlalchemy.log

    if not hasattr(sqlalchemy.log, "_add_default_handler"):
        sys.exit("tests/run_snippet.py: sqlalchemy.log._add_default_handler is gone; update the SQL marking here.")
    sqlalchemy.log._add_default_handler = add_marked_handler
    if os.environ.get("SNIPPET_DATABASE_URL"):
        redirect_engines(os.environ["SNIPPET_DATABASE_URL"])
    path = sys.argv[1]
    sys.argv = [path]
    runpy.run_path(path, run_name="__main__")


if __name__ == "__main__":
    main()
