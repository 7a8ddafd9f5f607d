from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    raiseload,
    relationship,
    selectinload,
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
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(
        Director(name="Nolan", movies=[Movie(title="Inception"), Movie(title="Tenet")])
    )
    session.commit()

engine.echo = True

# --8<-- [start:raise]
with Session(engine) as session:
    query = select(Director).options(raiseload(Director.movies))  # (1)!
    nolan = session.scalars(query).one()
    try:
        print(len(nolan.movies))
    except InvalidRequestError as exc:  # (2)!
        print("lazy load refused:", exc)
# --8<-- [end:raise]

# --8<-- [start:fixed]
with Session(engine) as session:
    query = select(Director).options(
        selectinload(Director.movies), raiseload("*")
    )  # (3)!
    nolan = session.scalars(query).one()
    print("movies:", len(nolan.movies))
    try:
        print(nolan.movies[0].director.name)
    except InvalidRequestError as exc:  # (4)!
        print("lazy load refused:", exc)
# --8<-- [end:fixed]
