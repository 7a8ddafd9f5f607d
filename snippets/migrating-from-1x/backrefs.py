import warnings

from sqlalchemy import ForeignKey, String, create_engine, exc, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(back_populates="director")


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))
    director: Mapped[Director] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Director(id=1, name="Christopher Nolan"))
    session.commit()

engine.echo = True

with Session(engine) as session:
    # --8<-- [start:backref]
    nolan = session.get(Director, 1)
    tenet = Movie(title="Tenet")
    tenet.director = nolan  # (1)!
    print("in the Session:", tenet in session)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        session.commit()  # (2)!
    print(caught[0].category.__name__, str(caught[0].message).split(" (")[0])
    print(session.scalars(select(Movie.title)).all())
    # --8<-- [end:backref]
    # --8<-- [start:fix]
    session.add(tenet)  # (3)!
    session.commit()
    # --8<-- [end:fix]
    # --8<-- [start:rule]
    engine.echo = False
    dune = Movie(title="Dune")
    nolan.movies.append(dune)  # (4)!
    print("nolan.movies.append():", dune in session)
    memento = Movie(title="Memento", director=nolan)
    print("Movie(director=nolan):", memento in session)
    try:
        relationship(back_populates="director", cascade_backrefs=True)
    except exc.ArgumentError as error:
        print(error)
    # --8<-- [end:rule]
