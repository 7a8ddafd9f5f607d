from collections import Counter

from sqlalchemy import String, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]
    rating: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
sent = Counter()


@event.listens_for(engine, "before_cursor_execute")
def count(connection, cursor, statement, parameters, context, executemany):  # (1)!
    sent[statement.split()[0]] += 1


def report():
    print("statements sent:", dict(sent))
    sent.clear()


# --8<-- [start:add]
with Session(engine) as session:
    session.add_all(
        Movie(title=f"Movie {n}", year=1970 + n % 50, rating=n % 10)
        for n in range(1, 301)
    )
    session.commit()  # (2)!
report()
# --8<-- [end:add]

engine.echo = True

# --8<-- [start:change]
with Session(engine) as session:
    nineties = select(Movie).where(Movie.year >= 1990, Movie.year < 2000)
    movies = session.scalars(nineties).all()
    for movie in movies:
        movie.rating += 1  # (3)!
    session.flush()
    report()
    # --8<-- [end:change]

    # --8<-- [start:delete]
    for movie in movies:
        session.delete(movie)  # (4)!
    session.commit()
    report()
    # --8<-- [end:delete]
