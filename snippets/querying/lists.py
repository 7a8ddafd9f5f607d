from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))

    def __repr__(self):
        return f"Movie({self.title!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([
        Director(id=1, name="Christopher Nolan"),
        Director(id=2, name="Denis Villeneuve"),
    ])
    session.add_all([
        Movie(id=1, title="Inception", year=2010, director_id=1),
        Movie(id=2, title="Interstellar", year=2014, director_id=1),
        Movie(id=3, title="Arrival", year=2016, director_id=2),
        Movie(id=4, title="Tenet", year=2020, director_id=1),
        Movie(id=5, title="Dune", year=2021, director_id=2),
    ])
    session.commit()

engine.echo = True

with Session(engine) as session:
    # --8<-- [start:list]
    newest = (
        select(Movie)
        .where(Movie.year >= 2014)  # (1)!
        .order_by(Movie.year.desc())
        .limit(2)
    )
    movies = session.scalars(newest).all()  # (2)!
    print("two newest since 2014:", movies)
    # --8<-- [end:list]

    # --8<-- [start:loop]
    by_nolan = select(Movie).where(Movie.director_id == 1, Movie.year < 2020)  # (3)!
    for movie in session.scalars(by_nolan.order_by(Movie.title)):  # (4)!
        print("Nolan before 2020:", movie.title, movie.year)
    # --8<-- [end:loop]

    # --8<-- [start:empty]
    old = select(Movie).where(Movie.year < 2000)
    print("before 2000:", session.scalars(old).all())  # (5)!
    # --8<-- [end:empty]
