import warnings

from sqlalchemy import String, create_engine, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([
        Movie(id=1, title="Inception", year=2010),
        Movie(id=2, title="Tenet", year=2020),
    ])
    session.commit()

engine.echo = True

with Session(engine) as session:
    # --8<-- [start:get]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        movie = session.query(Movie).get(1)  # (1)!
    print("1.x:", movie.title, caught[0].category.__name__)
    print("2.0:", session.get(Movie, 1).title)  # (2)!
    # --8<-- [end:get]
    # --8<-- [start:update]
    count = session.query(Movie).filter(Movie.year < 2015).update(
        {"year": Movie.year + 1}
    )  # (3)!
    print("1.x:", count, movie.year)
    stmt = update(Movie).where(Movie.year < 2015).values(year=Movie.year + 1)
    result = session.execute(stmt)  # (4)!
    print("2.0:", result.rowcount, movie.year)
    # --8<-- [end:update]
    session.commit()
