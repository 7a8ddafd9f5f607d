from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.exc import NoResultFound
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
    # --8<-- [start:identity-map]
    print("-- get(Movie, 1)")
    inception = session.get(Movie, 1)  # (1)!
    print("-- get(Movie, 1) again")
    print("same object:", session.get(Movie, 1) is inception)  # (2)!
    print("-- a select() loads Tenet")
    tenet = session.scalars(select(Movie).where(Movie.title == "Tenet")).one()
    print("-- get(Movie, 4)")
    print("same object:", session.get(Movie, 4) is tenet)  # (3)!
    # --8<-- [end:identity-map]

    # --8<-- [start:missing]
    print("-- get(Movie, 99), twice")
    print("get():", session.get(Movie, 99), session.get(Movie, 99))  # (4)!
    print("-- get_one(Movie, 99)")
    try:
        session.get_one(Movie, 99)  # (5)!
    except NoResultFound as exc:
        print("get_one():", type(exc).__name__)
    # --8<-- [end:missing]

    # --8<-- [start:expired]
    session.commit()
    print("-- get(Movie, 1) after commit()")
    print("same object:", session.get(Movie, 1) is inception)  # (6)!
    print("-- read the title")
    print("title:", inception.title)
    # --8<-- [end:expired]
