from sqlalchemy import String, create_engine, select
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):  # (1)!
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))  # (2)!
    year: Mapped[int | None]


engine = create_engine("sqlite://")  # (3)!
Session = sessionmaker(engine)
Base.metadata.create_all(engine)
engine.echo = True


# --8<-- [start:add]
def add_movie(title: str, year: int | None = None) -> int:
    with Session.begin() as session:  # (4)!
        movie = Movie(title=title, year=year)
        session.add(movie)
        session.flush()  # (5)!
        return movie.id
# --8<-- [end:add]


def list_movies() -> list[str]:
    with Session() as session:
        movies = session.scalars(select(Movie).order_by(Movie.title))  # (6)!
        return [f"{movie.title} ({movie.year or '?'})" for movie in movies]


# --8<-- [start:change]
def set_year(movie_id: int, year: int) -> bool:
    with Session.begin() as session:
        movie = session.get(Movie, movie_id)  # (7)!
        if movie is None:
            return False
        movie.year = year  # (8)!
        return True


def delete_movie(movie_id: int) -> None:
    with Session.begin() as session:
        movie = session.get_one(Movie, movie_id)  # (9)!
        session.delete(movie)  # (10)!
# --8<-- [end:change]


inception = add_movie("Inception")
print("added Inception with id", inception)
tenet = add_movie("Tenet", 2020)
print("movies:", list_movies())
set_year(inception, 2010)
delete_movie(tenet)
print("set the year of movie 99:", set_year(99, 1999))
try:
    delete_movie(99)
except NoResultFound as error:
    print("delete movie 99:", type(error).__name__)
print("movies:", list_movies())
