import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.orm import Session

with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(
        f"sqlite:///{Path(folder) / 'movies.db'}",
        pool_size=1,  # (1)!
        max_overflow=1,
        pool_timeout=0.1,
    )
    counts = {"opened": 0, "closed": 0}

    @event.listens_for(engine, "connect")
    def opened(*args):
        counts["opened"] += 1

    @event.listens_for(engine, "close")
    def closed(*args):
        counts["closed"] += 1

    def show(step):
        pool = engine.pool
        print(f"{step}: out {pool.checkedout()}, in pool {pool.checkedin()},", counts)

    # --8<-- [start:limits]
    first, second, third = Session(engine), Session(engine), Session(engine)
    first.execute(text("SELECT 1"))  # (2)!
    show("first reads")
    second.execute(text("SELECT 1"))  # (3)!
    show("second reads")
    try:
        third.execute(text("SELECT 1"))  # (4)!
    except exc.TimeoutError as error:
        print(type(error).__name__, "|", error.args[0])
    second.commit()  # (5)!
    show("second commits")
    third.execute(text("SELECT 1"))
    show("third reads")
    for session in (first, second, third):
        session.close()
    show("all closed")  # (6)!
    # --8<-- [end:limits]
    engine.dispose()
