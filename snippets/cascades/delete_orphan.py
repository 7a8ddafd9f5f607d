from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(
        back_populates="director", cascade="all, delete-orphan"  # (1)!
    )


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    nolan_movies = [Movie(title="Inception"), Movie(title="Tenet")]
    villeneuve_movies = [Movie(title="Dune"), Movie(title="Arrival")]
    session.add(Director(name="Nolan", movies=nolan_movies))
    session.add(Director(name="Villeneuve", movies=villeneuve_movies))
    session.commit()

print("cascade:", sorted(Director.movies.property.cascade))
engine.echo = True
titles = select(Movie.title).order_by(Movie.id)

# --8<-- [start:delete]
with Session(engine) as session:
    session.delete(session.get(Director, 1))
    print("-- commit")
    session.commit()  # (2)!
    print("movies:", session.scalars(titles).all())
# --8<-- [end:delete]

# --8<-- [start:orphan]
with Session(engine) as session:
    villeneuve = session.get(Director, 2)
    dune = villeneuve.movies[0]
    villeneuve.movies.remove(dune)  # (3)!
    print("-- commit")
    session.commit()  # (4)!
    print("movies:", session.scalars(titles).all())
# --8<-- [end:orphan]
