import tempfile
import threading
from pathlib import Path

from sqlalchemy import String, create_engine, event, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Session = sessionmaker(engine)
    Base.metadata.create_all(engine)
    a_is_connecting = threading.Event()
    b_is_done = threading.Event()

    @event.listens_for(engine, "checkout")
    def hold_thread_a(*args) -> None:  # (1)!
        if threading.current_thread().name == "A":
            a_is_connecting.set()
            b_is_done.wait(timeout=10)

    # --8<-- [start:shared]
    shared = Session()
    movie_b = Movie(title="B's movie")
    report = []

    def thread_a() -> None:
        shared.scalars(select(Movie)).all()  # (2)!
        report.append("A: its query finished")

    def thread_b() -> None:
        a_is_connecting.wait()
        attempts = [
            ("execute()", lambda: shared.execute(select(Movie))),
            ("add()", lambda: shared.add(movie_b)),
            ("commit()", shared.commit),
            ("close()", shared.close),
        ]
        for name, attempt in attempts:
            try:
                attempt()
                report.append(f"B: {name} went through")
            except InvalidRequestError as error:  # (3)!
                message = str(error).split(";")[0]
                report.append(f"B: {name} {type(error).__name__}: {message}")
        b_is_done.set()

    threads = [
        threading.Thread(target=thread_a, name="A"),
        threading.Thread(target=thread_b, name="B"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(*report, sep="\n")
    print("B's movie is in the Session:", movie_b in shared)  # (4)!
    shared.close()
    # --8<-- [end:shared]
    engine.dispose()
