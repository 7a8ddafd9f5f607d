from sqlalchemy import ForeignKey, String, create_engine, select, text
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
    inception = session.get(Movie, 1)
    print("loaded:", inception.title)
    # --8<-- [start:repeat]
    session.execute(
        text("UPDATE movies SET title = 'Inception (2010)' WHERE id = 1")
    )  # (1)!
    by_nolan = select(Movie).where(Movie.director_id == 1).order_by(Movie.id)
    movies = session.scalars(by_nolan).all()
    print("same object:", movies[0] is inception, "| title:", movies[0].title)  # (2)!
    print("others loaded now:", movies[1:])
    title = session.scalar(select(Movie.title).where(Movie.id == 1))
    print("the row's title, as a column:", title)  # (3)!
    # --8<-- [end:repeat]
