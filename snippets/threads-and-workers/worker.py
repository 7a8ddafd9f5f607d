import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker
from sqlalchemy.orm.exc import DetachedInstanceError


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    checked: Mapped[bool] = mapped_column(default=False)


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Session = sessionmaker(engine)  # (1)!
    Base.metadata.create_all(engine)
    with Session.begin() as session:
        titles = ["Inception", "Interstellar", "Memento", "Tenet"]
        session.add_all([Movie(title=title) for title in titles])
    sessions = []

    # --8<-- [start:worker]
    def check_movie(movie_id: int) -> str:
        with Session.begin() as session:  # (2)!
            sessions.append(session)
            movie = session.get(Movie, movie_id)  # (3)!
            movie.checked = True
            return f"job {movie_id}: checked {movie.title}"  # (4)!

    with Session() as session:
        ids = session.scalars(select(Movie.id).order_by(Movie.id)).all()

    with ThreadPoolExecutor(max_workers=2) as pool:
        for line in pool.map(check_movie, ids):  # (5)!
            print(line)
    print("jobs:", len(ids), "Sessions:", len({id(s) for s in sessions}))
    with Session() as session:
        done = session.scalars(select(Movie.title).where(Movie.checked))
        print("checked in the database:", len(done.all()))
    # --8<-- [end:worker]

    # --8<-- [start:object]
    def load_movie(movie_id: int) -> Movie:
        with Session.begin() as session:
            return session.get(Movie, movie_id)

    with ThreadPoolExecutor(max_workers=2) as pool:
        movie = pool.submit(load_movie, ids[0]).result()
    try:
        print(movie.title)  # (6)!
    except DetachedInstanceError as error:
        print(type(error).__name__, "-", str(error).split(" (Background")[0])
    # --8<-- [end:object]

    engine.dispose()
