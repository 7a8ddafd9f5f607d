import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

with tempfile.TemporaryDirectory() as folder:
    url = f"sqlite:///{Path(folder) / 'movies.db'}"
    engine = create_engine(url)
    watcher = create_engine(url)

    def database_sees(raw):  # (1)!
        if engine.dialect.name == "postgresql":
            with watcher.connect() as connection:
                return connection.scalar(
                    text("SELECT state FROM pg_stat_activity WHERE pid = :pid"),
                    {"pid": raw.info.backend_pid},
                )
        return f"sqlite3 in_transaction={raw.in_transaction}"

    engine.connect().close()  # (2)!
    engine.echo = True
    # --8<-- [start:idle]
    with Session(engine) as session:
        session.execute(text("SELECT 'Inception'"))  # (3)!
        raw = session.connection().connection.dbapi_connection
        print("after a read:", session.in_transaction(), "|", database_sees(raw))
        session.commit()  # (4)!
        print("after commit():", session.in_transaction(), "|", database_sees(raw))
        session.execute(text("SELECT 'Tenet'"))
        print("another read:", session.in_transaction(), "|", database_sees(raw))
    print("after close:", database_sees(raw))  # (5)!
    # --8<-- [end:idle]
    engine.dispose()
    watcher.dispose()
