from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.exc import MultipleResultsFound, NoResultFound
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

statements = {
    "1 row": select(Movie).where(Movie.title == "Dune"),
    "0 rows": select(Movie).where(Movie.title == "Oppenheimer"),
    "3 rows": select(Movie).where(Movie.director_id == 1).order_by(Movie.year),
}
calls = {
    "scalars(s).one()": lambda session, s: session.scalars(s).one(),
    "scalars(s).one_or_none()": lambda session, s: session.scalars(s).one_or_none(),
    "scalars(s).first()": lambda session, s: session.scalars(s).first(),
    "execute(s).scalar_one()": lambda session, s: session.execute(s).scalar_one(),
    "execute(s).scalar_one_or_none()":
        lambda session, s: session.execute(s).scalar_one_or_none(),
    "execute(s).one()": lambda session, s: session.execute(s).one(),
    "scalar(s)": lambda session, s: session.scalar(s),
}


def outcome(session, call, statement):
    try:
        return repr(call(session, statement))
    except (NoResultFound, MultipleResultsFound) as exc:  # (1)!
        return type(exc).__name__


# --8<-- [start:table]
with Session(engine) as session:
    print(f"{'':<32}" + "".join(f"{name:<18}" for name in statements).rstrip())
    for label, call in calls.items():  # (2)!
        cells = [outcome(session, call, s) for s in statements.values()]
        print(f"{label:<32}" + "".join(f"{cell:<18}" for cell in cells).rstrip())
# --8<-- [end:table]

# --8<-- [start:first]
engine.echo = True
with Session(engine) as session:
    print("first():", session.scalars(statements["3 rows"]).first())  # (3)!
    print("limit(1):", session.scalars(statements["3 rows"].limit(1)).first())  # (4)!
# --8<-- [end:first]
