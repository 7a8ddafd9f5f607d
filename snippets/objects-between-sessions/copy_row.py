from sqlalchemy import String, create_engine, inspect, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    make_transient,
    mapped_column,
)


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(title="Inception", year=2010))
    session.commit()

engine.echo = True

# --8<-- [start:copy]
with Session(engine) as session:
    movie = session.get(Movie, 1)
    make_transient(movie)  # (1)!
    print("transient:", inspect(movie).transient,
          "| identity:", inspect(movie).identity, "| id:", movie.id)
    movie.id = None  # (2)!
    movie.title = "Inception (IMAX)"
    session.add(movie)
    session.commit()  # (3)!
    print("new id:", movie.id)
    rows = session.execute(select(Movie.id, Movie.title, Movie.year).order_by(Movie.id))
    print("rows:", [tuple(row) for row in rows])  # (4)!
# --8<-- [end:copy]
