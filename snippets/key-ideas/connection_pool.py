import tempfile
from pathlib import Path

from sqlalchemy import String, create_engine, event, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")  # (1)!
    counts = {"connect": 0, "checkout": 0}

    @event.listens_for(engine, "connect")  # (2)!
    def opened(*args):
        counts["connect"] += 1

    @event.listens_for(engine, "checkout")
    def taken(*args):
        counts["checkout"] += 1

    Base.metadata.create_all(engine)
    print("pool:", type(engine.pool).__name__)
    engine.echo = True

    # --8<-- [start:checkout]
    print("before the Session:", engine.pool.checkedout())
    with Session(engine) as session:
        print("Session created:", engine.pool.checkedout())  # (3)!
        session.add(Movie(title="Inception"))
        print("after add():", engine.pool.checkedout())
        session.flush()  # (4)!
        print("after flush():", engine.pool.checkedout())
        session.commit()  # (5)!
        print("after commit():", engine.pool.checkedout())
        count = session.scalar(select(func.count()).select_from(Movie))  # (6)!
        print("movies:", count, "| connections checked out:", engine.pool.checkedout())
    print("after the with block:", engine.pool.checkedout())  # (7)!
    print("connections opened:", counts["connect"])  # (8)!
    print("checkouts:", counts["checkout"])
    # --8<-- [end:checkout]
    engine.dispose()
