import tempfile

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(id=1, title="Inception"))
        session.commit()

    engine.echo = True

    with Session(engine) as session:
        movie = session.get(Movie, 1)
        print("we loaded:", movie.title)

        # --8<-- [start:other-session]
        print("-- a second Session renames the movie and commits")
        with Session(engine) as other:  # (1)!
            other.get(Movie, 1).title = "Inception (2010)"
            other.commit()
        # --8<-- [end:other-session]

        # --8<-- [start:requery]
        print("-- we query the movie again")
        again = session.scalars(select(Movie).where(Movie.id == 1)).one()  # (2)!
        print("same object:", again is movie, "| title:", again.title)
        print("-- and ask for the title column itself")
        in_row = session.scalar(select(Movie.title).where(Movie.id == 1))  # (3)!
        print("title in the row:", in_row)
        # --8<-- [end:requery]
    engine.dispose()
