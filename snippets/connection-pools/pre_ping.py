import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.orm import Session

with tempfile.TemporaryDirectory() as folder:
    url = f"sqlite:///{Path(folder) / 'movies.db'}"
    admin = create_engine(url)

    def drop(raw):  # (1)!
        if admin.dialect.name == "postgresql":
            with admin.connect() as connection:
                connection.execute(
                    text("SELECT pg_terminate_backend(:pid, 5000)"),
                    {"pid": raw.info.backend_pid},
                )
        else:
            raw.close()

    # --8<-- [start:ping]
    for pre_ping in (False, True):
        engine = create_engine(url, pool_pre_ping=pre_ping)  # (2)!
        opened = []
        event.listen(engine, "connect", lambda *a, opened=opened: opened.append(1))
        with Session(engine) as one, Session(engine) as two:
            raws = [s.connection().connection.dbapi_connection for s in (one, two)]
        for raw in raws:
            drop(raw)
        with Session(engine) as session:  # (3)!
            try:
                print(f"pre_ping={pre_ping}:", session.scalar(text("SELECT 'Up'")))
            except exc.DBAPIError as error:
                print(f"pre_ping={pre_ping}: invalidated", error.connection_invalidated)
        with Session(engine) as session:  # (4)!
            print("next Session:", session.scalar(text("SELECT 'Up'")))
        print("connections opened:", len(opened))
        engine.dispose()
    # --8<-- [end:ping]
    admin.dispose()
