import gc
import tempfile
from pathlib import Path

from sqlalchemy import String, create_engine, exc, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    url = f"sqlite:///{Path(folder) / 'movies.db'}"
    engine = create_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.1)  # (1)!
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(title="Inception"))
        session.commit()
    engine.echo = True

    # --8<-- [start:with]
    with Session(engine) as session:
        session.scalars(select(Movie)).all()
        print("inside the with block:", engine.pool.checkedout())
    print("after the with block:", engine.pool.checkedout())  # (2)!
    # --8<-- [end:with]

    # --8<-- [start:dropped]
    def look_without_closing() -> None:
        session = Session(engine)
        session.scalars(select(Movie)).all()
        print("inside the function, Session not closed:", engine.pool.checkedout())

    look_without_closing()
    gc.collect()  # (3)!
    print("after the function, Session collected:", engine.pool.checkedout())
    # --8<-- [end:dropped]

    # --8<-- [start:forgotten]
    forgotten = Session(engine)
    forgotten.scalars(select(Movie)).all()  # (4)!
    print("kept in a global, Session not closed:", engine.pool.checkedout())
    print("its transaction is still open:", forgotten.in_transaction())
    try:
        with Session(engine) as session:
            session.scalars(select(Movie)).all()  # (5)!
    except exc.TimeoutError as error:
        print("another Session:", type(error).__name__)
    forgotten.close()  # (6)!
    print("after close():", engine.pool.checkedout())
    # --8<-- [end:forgotten]
    engine.dispose()
