import tempfile
from pathlib import Path
from unittest import mock

from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session


def count(engine):
    counts = {"connect": 0, "checkout": 0, "close": 0}
    for name in counts:
        def listener(*args, name=name):
            counts[name] += 1
        event.listen(engine, name, listener)
    return counts


with tempfile.TemporaryDirectory() as folder:
    url = f"sqlite:///{Path(folder) / 'movies.db'}"
    now = 1_000_000.0
    # --8<-- [start:recycle]
    with mock.patch("time.time", side_effect=lambda: now):  # (1)!
        for recycle in (-1, 3600):  # (2)!
            engine = create_engine(url, pool_recycle=recycle)
            counts = count(engine)
            for _ in range(3):
                with Session(engine) as session:
                    session.execute(text("SELECT 1"))
                now += 3601  # (3)!
            print(f"pool_recycle={recycle}:", counts)
            engine.dispose()
    # --8<-- [end:recycle]
