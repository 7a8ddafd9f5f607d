import gc

from sqlalchemy import String, create_engine, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    rows = [{"title": f"Movie {n}"} for n in range(1, 1001)]
    session.execute(insert(Movie), rows)  # (1)!
    session.commit()

with Session(engine) as session:
    # --8<-- [start:weak]
    movies = session.scalars(select(Movie)).all()
    print("loaded:", len(session.identity_map))
    del movies  # (2)!
    gc.collect()
    print("after we let go of them:", len(session.identity_map))
    # --8<-- [end:weak]

    # --8<-- [start:strong]
    for movie in session.scalars(select(Movie)).all():
        movie.title = movie.title.upper()  # (3)!
    session.add_all([Movie(title=f"New {n}") for n in range(1, 11)])
    del movie
    gc.collect()
    print("changed:", len(session.dirty), "| new:", len(session.new))
    print("still in the identity map:", len(session.identity_map))
    session.flush()  # (4)!
    gc.collect()
    print("after flush:", len(session.identity_map))
    session.commit()
    # --8<-- [end:strong]

# --8<-- [start:yield-per]
with Session(engine) as session:
    most = 0
    for _movie in session.scalars(select(Movie)):  # (5)!
        most = max(most, len(session.identity_map))
    print("plain loop, most objects held at once:", most)
    most = 0
    in_batches = select(Movie).execution_options(yield_per=100)  # (6)!
    for _movie in session.scalars(in_batches):
        most = max(most, len(session.identity_map))
    print("yield_per=100, most objects held at once:", most)
# --8<-- [end:yield-per]
