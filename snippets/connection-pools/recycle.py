import tempfile
import time
from pathlib import Path

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
    # --8<-- [start:recycle]
    for recycle in (-1, 1):  # (1)!
        engine = create_engine(url, pool_recycle=recycle)
        counts = count(engine)
        for _ in range(3):
            with Session(engine) as session:
                session.execute(text("SELECT 1"))
            time.sleep(1.1)  # (2)!
        print(f"pool_recycle={recycle}:", counts)
        engine.dispose()
    # --8<-- [end:recycle]
