import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool


def count(engine):
    counts = {"connect": 0, "checkout": 0, "close": 0}
    for name in counts:
        def listener(*args, name=name):
            counts[name] += 1
        event.listen(engine, name, listener)
    return counts


with tempfile.TemporaryDirectory() as folder:
    url = f"sqlite:///{Path(folder) / 'movies.db'}"
    # --8<-- [start:null]
    for poolclass in (None, NullPool):  # (1)!
        engine = create_engine(url, poolclass=poolclass)
        counts = count(engine)
        for _ in range(3):
            with Session(engine) as session:
                session.execute(text("SELECT 1"))
        print(type(engine.pool).__name__, counts)
        engine.dispose()
    # --8<-- [end:null]
