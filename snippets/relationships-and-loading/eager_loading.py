from sqlalchemy import ForeignKey, String, create_engine, event, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    joinedload,
    mapped_column,
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
    session.add_all(
        Director(name=f"Director {n}", movies=[Movie(title=f"Movie {n}a"),
                                               Movie(title=f"Movie {n}b")])
        for n in range(1, 4)
    )
    session.commit()

statements = []


@event.listens_for(engine, "before_cursor_execute")
def remember(connection, cursor, statement, parameters, context, executemany):
    statements.append(statement)


def count_movies(directors):
    print("movies:", [len(director.movies) for director in directors])


by_id = select(Director).order_by(Director.id)
engine.echo = True

# --8<-- [start:selectin]
with Session(engine) as session:
    query = by_id.options(selectinload(Director.movies))  # (1)!
    directors = session.scalars(query).all()
    count_movies(directors)  # (2)!
print("statements with selectinload:", len(statements))
# --8<-- [end:selectin]

statements.clear()
# --8<-- [start:joined]
with Session(engine) as session:
    query = by_id.options(joinedload(Director.movies))  # (3)!
    directors = session.scalars(query).unique().all()  # (4)!
    count_movies(directors)
print("statements with joinedload:", len(statements))
# --8<-- [end:joined]

# --8<-- [start:unique]
with Session(engine) as session:
    try:
        session.scalars(query).all()
    except InvalidRequestError as exc:  # (5)!
        print("without unique():", exc)
# --8<-- [end:unique]

statements.clear()
# --8<-- [start:many-to-one]
with Session(engine) as session:
    query = select(Movie).order_by(Movie.id).options(joinedload(Movie.director))  # (6)!
    movies = session.scalars(query).all()
    print("movies:", len(movies), "| first director:", movies[0].director.name)
print("statements with joinedload(Movie.director):", len(statements))
# --8<-- [end:many-to-one]
