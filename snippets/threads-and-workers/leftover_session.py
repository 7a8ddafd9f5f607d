import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import String, create_engine, delete, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    scoped_session,
    sessionmaker,
)


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Base.metadata.create_all(engine)
    Session = scoped_session(sessionmaker(engine))
    sessions = []

    # --8<-- [start:jobs]
    def import_movie(title: str, year: int) -> str:
        sessions.append(Session())
        Session.add(Movie(title=title, year=year))
        if year < 1888:
            raise ValueError(f"{title}: no films before 1888")  # (1)!
        Session.commit()
        return f"saved {title}"

    def import_and_remove(title: str, year: int) -> str:
        try:
            return import_movie(title, year)
        finally:
            Session.remove()  # (2)!

    jobs = [("Metropolis", 1027), ("Inception", 2010)]
    for job in [import_movie, import_and_remove]:
        print(f"-- {job.__name__}")
        sessions.clear()
        with ThreadPoolExecutor(max_workers=1) as pool:  # (3)!
            for title, year in jobs:
                future = pool.submit(job, title, year)
                print(future.exception() or future.result())
        print("both jobs got one Session:", sessions[0] is sessions[1])
        with engine.begin() as connection:
            titles = connection.scalars(select(Movie.title).order_by(Movie.id))
            print("in the database:", titles.all())  # (4)!
            connection.execute(delete(Movie))
    # --8<-- [end:jobs]
    engine.dispose()
