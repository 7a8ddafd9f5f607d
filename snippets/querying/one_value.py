from sqlalchemy import ForeignKey, String, create_engine, func, select
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
    # --8<-- [start:count]
    count = session.scalar(select(func.count()).select_from(Movie))  # (1)!
    print("movies:", count)
    by_nolan = select(func.count()).select_from(Movie).where(Movie.director_id == 1)
    print("by Nolan:", session.scalar(by_nolan))
    # --8<-- [end:count]

    # --8<-- [start:empty]
    old = select(func.count(), func.max(Movie.year)).where(Movie.year < 2000)
    print("before 2000, count and newest year:", session.execute(old).one())  # (2)!
    # --8<-- [end:empty]

    # --8<-- [start:group]
    per_director = (
        select(Director.name, func.count(Movie.id))
        .join(Movie)
        .group_by(Director.name)
        .order_by(Director.name)
    )
    print("per director:", session.execute(per_director).all())  # (3)!
    # --8<-- [end:group]
