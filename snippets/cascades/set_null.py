from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


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
    director_id: Mapped[int | None] = mapped_column(ForeignKey("directors.id"))  # (1)!
    director: Mapped["Director | None"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    nolan_movies = [Movie(title="Inception"), Movie(title="Tenet")]
    session.add(Director(name="Nolan", movies=nolan_movies))
    session.add(Director(name="Villeneuve", movies=[Movie(title="Dune")]))
    session.commit()

print("cascade:", sorted(Director.movies.property.cascade))
engine.echo = True

# --8<-- [start:not-loaded]
with Session(engine) as session:
    nolan = session.get(Director, 1)
    session.delete(nolan)  # (2)!
    print("-- commit")
    session.commit()  # (3)!
# --8<-- [end:not-loaded]

# --8<-- [start:loaded]
with Session(engine) as session:
    villeneuve = session.get(Director, 2)
    dune = villeneuve.movies[0]  # (4)!
    session.delete(villeneuve)
    print("-- flush")
    session.flush()
    print("dune.director_id:", dune.director_id)  # (5)!
    session.commit()
# --8<-- [end:loaded]

with Session(engine) as session:
    rows = session.execute(select(Movie.title, Movie.director_id).order_by(Movie.id))
    print("movies:", rows.all())
