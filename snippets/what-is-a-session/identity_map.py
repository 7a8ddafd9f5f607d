import tempfile
from pathlib import Path

from sqlalchemy import String, create_engine, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(id=1, title="Inception"))
        session.commit()

    engine.echo = True

    with Session(engine) as session:
        # --8<-- [start:same-row]
        print("-- first get(Movie, 1)")
        first = session.get(Movie, 1)  # (1)!
        print("-- second get(Movie, 1)")
        second = session.get(Movie, 1)  # (2)!
        print("-- a select() for the same row")
        third = session.scalars(select(Movie).where(Movie.id == 1)).one()  # (3)!
        print("same object:", first is second, "|", first is third)
        movie_class, primary_key, token = next(iter(session.identity_map.keys()))
        print("identity key:", movie_class.__name__, primary_key, token)  # (4)!
        # --8<-- [end:same-row]

        # --8<-- [start:stale]
        print("-- another connection changes the title and commits")
        with engine.begin() as connection:  # (5)!
            rename = update(Movie).where(Movie.id == 1)
            connection.execute(rename.values(title="Inception (2010)"))
        again = session.scalars(select(Movie).where(Movie.id == 1)).one()
        print("select() again:", again is first, "| title:", again.title)  # (6)!
        fresh = session.scalars(
            select(Movie)
            .where(Movie.id == 1)
            .execution_options(populate_existing=True)
        ).one()
        print("populate_existing:", fresh is first, "| title:", fresh.title)  # (7)!
        # --8<-- [end:stale]

        # --8<-- [start:weak]
        print("objects in the identity map:", len(session.identity_map))
        del first, second, third, again, fresh
        print("after del:", len(session.identity_map))  # (8)!
        changed = session.get(Movie, 1)
        changed.title = "Inception!"
        del changed
        print("after del of a changed object:", len(session.identity_map))  # (9)!
        # --8<-- [end:weak]
    engine.dispose()
