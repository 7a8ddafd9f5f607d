import tempfile
import threading
from pathlib import Path

from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")  # (1)!
    Session = sessionmaker(engine)
    Base.metadata.create_all(engine)

    everyone_has_a_session = threading.Barrier(3)
    sessions, connections, report = [], [], []

    # --8<-- [start:worker]
    def worker(title: str) -> None:
        with Session.begin() as session:  # (2)!
            sessions.append(session)
            connection = session.connection().connection.dbapi_connection  # (3)!
            connections.append(connection)
            everyone_has_a_session.wait()  # (4)!
            session.add(Movie(title=title))
        report.append(f"{threading.current_thread().name} saved {title}")

    titles = ["Inception", "Interstellar", "The Matrix"]
    threads = [
        threading.Thread(target=worker, args=(title,), name=f"thread-{n}")
        for n, title in enumerate(titles, start=1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # --8<-- [end:worker]

    print("\n".join(sorted(report)))  # (5)!
    print("sessions:", len({id(s) for s in sessions}))
    print("connections:", len({id(c) for c in connections}))
    with Session() as session:
        count = select(func.count()).select_from(Movie)
        print("movies saved:", session.scalar(count))
    engine.dispose()
