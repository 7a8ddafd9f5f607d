import os
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session

with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    opened = []
    event.listen(engine, "connect", lambda *args: opened.append(os.getpid()))
    with Session(engine) as session:
        session.execute(text("SELECT 1"))
    # --8<-- [start:fork]
    print("parent, in its pool:", engine.pool.checkedin(), flush=True)  # (1)!
    pid = os.fork()
    if pid == 0:
        print("child, inherited in its pool:", engine.pool.checkedin())
        engine.dispose(close=False)  # (2)!
        print("child, after dispose(close=False):", engine.pool.checkedin())
        with Session(engine) as session:
            session.execute(text("SELECT 1"))
        print("child opened:", opened.count(os.getpid()), flush=True)
        os._exit(0)  # (3)!
    os.waitpid(pid, 0)
    with Session(engine) as session:
        print("parent again:", session.scalar(text("SELECT 'Up'")))
    print("parent opened:", opened.count(os.getpid()))  # (4)!
    # --8<-- [end:fork]
    engine.dispose()
