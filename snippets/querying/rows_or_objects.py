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
    # --8<-- [start:row]
    dune = select(Movie).where(Movie.title == "Dune")
    row = session.execute(dune).one()  # (1)!
    print("execute() gives a", type(row).__name__, row, "| row.Movie:", row.Movie)
    movie = session.scalars(dune).one()  # (2)!
    print("scalars() gives a", type(movie).__name__, movie)
    # --8<-- [end:row]

    # --8<-- [start:columns]
    titles_years = select(Movie.title, Movie.year).order_by(Movie.year).limit(2)
    rows = session.execute(titles_years).all()  # (3)!
    print("columns:", rows, "| first title:", rows[0].title)
    print("scalars() keeps one column:", session.scalars(titles_years).all())  # (4)!
    # --8<-- [end:columns]

    # --8<-- [start:two-entities]
    pairs = select(Movie, Director).join(Director).where(Movie.year > 2015)
    for movie, director in session.execute(pairs.order_by(Movie.year)):  # (5)!
        print(movie.title, "by", director.name)
    # --8<-- [end:two-entities]
