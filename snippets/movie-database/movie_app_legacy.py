from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()  # (1)!


class Movie(Base):
    __tablename__ = "movies"

    id = Column(Integer, primary_key=True)  # (2)!
    title = Column(String)  # (3)!
    year = Column(Integer)


engine = create_engine("sqlite://")
Session = sessionmaker(engine)
Base.metadata.create_all(engine)


def add_movie(title, year=None):
    with Session.begin() as session:
        movie = Movie(title=title, year=year)
        session.add(movie)
        session.flush()
        return movie.id


def list_movies():
    with Session() as session:
        movies = session.scalars(select(Movie).order_by(Movie.title))
        return [f"{movie.title} ({movie.year or '?'})" for movie in movies]


def set_year(movie_id, year):
    with Session.begin() as session:
        movie = session.get(Movie, movie_id)
        if movie is None:
            return False
        movie.year = year
        return True


def delete_movie(movie_id):
    with Session.begin() as session:
        movie = session.get_one(Movie, movie_id)
        session.delete(movie)


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
