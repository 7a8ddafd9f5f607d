from sqlalchemy import ForeignKey, String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(back_populates="director")  # (1)!


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))  # (2)!
    director: Mapped["Director"] = relationship(back_populates="movies")  # (3)!


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(
        Director(name="Nolan", movies=[Movie(title="Inception"), Movie(title="Tenet")])
    )
    session.commit()

engine.echo = True

with Session(engine) as session:
    nolan = session.get(Director, 1)  # (4)!
    print("not loaded yet:", sorted(inspect(nolan).unloaded))
    # --8<-- [start:first-read]
    print("-- reading nolan.movies")
    print("titles:", [movie.title for movie in nolan.movies])  # (5)!
    # --8<-- [end:first-read]
    # --8<-- [start:again]
    print("-- reading nolan.movies again")
    print("count:", len(nolan.movies))  # (6)!
    tenet = nolan.movies[1]
    print("-- reading tenet.director")
    print("director:", tenet.director.name)  # (7)!
    # --8<-- [end:again]
