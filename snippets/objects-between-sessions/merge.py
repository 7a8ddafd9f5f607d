from sqlalchemy import String, create_engine, inspect
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Movie(title="Inception"), Movie(title="Tenet")])
    session.commit()

engine.echo = True

# --8<-- [start:still-attached]
with Session(engine) as first, Session(engine) as second:
    movie = first.get(Movie, 1)
    movie.title = "Inception (2010)"
    copy = second.merge(movie)  # (1)!
    print("copy is movie:", copy is movie,
          "| movie in first:", movie in first, "| copy in second:", copy in second)
    print("copy:", copy.title, "| changed:", copy in second.dirty)
    second.commit()  # (2)!
# --8<-- [end:still-attached]

# --8<-- [start:already-loaded]
with Session(engine) as session:
    movie = session.get(Movie, 2)
movie.title = "Tenet (2020)"
with Session(engine) as session:
    loaded = session.get(Movie, 2)
    try:
        session.add(movie)  # (3)!
    except InvalidRequestError as exc:
        print("InvalidRequestError:", exc)
    merged = session.merge(movie)  # (4)!
    print("merged is loaded:", merged is loaded, "| title:", loaded.title)
    print("movie detached:", inspect(movie).detached)
    session.commit()
# --8<-- [end:already-loaded]

# --8<-- [start:load-false]
with Session(engine) as session:
    movie = session.get(Movie, 1)
with Session(engine) as session:
    copy = session.merge(movie, load=False)  # (5)!
    print("persistent:", inspect(copy).persistent, "| title:", copy.title)
movie.title = "Inception (IMAX)"
with Session(engine) as session:
    try:
        session.merge(movie, load=False)  # (6)!
    except InvalidRequestError as exc:
        print("InvalidRequestError:", exc)
# --8<-- [end:load-false]
