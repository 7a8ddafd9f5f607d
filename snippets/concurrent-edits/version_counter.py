import tempfile

from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.orm.exc import StaleDataError


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    rating: Mapped[int]
    version_id: Mapped[int] = mapped_column()  # (1)!

    __mapper_args__ = {"version_id_col": version_id}


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")
    Base.metadata.create_all(engine)

    engine.echo = True

    with Session(engine) as session:
        session.add(Movie(id=1, rating=8))
        session.commit()  # (2)!

    with Session(engine) as alice, Session(engine) as bob, Session(engine) as carol:
        alices_movie = alice.get(Movie, 1)
        bobs_movie = bob.get(Movie, 1)
        carols_movie = carol.get(Movie, 1)

        # --8<-- [start:alice-saves]
        print("-- Alice rates it 9 and saves")
        alices_movie.rating = 9
        alice.commit()  # (3)!
        # --8<-- [end:alice-saves]

        # --8<-- [start:bob-saves]
        print("-- Bob rates it 7 and saves")
        bobs_movie.rating = 7
        try:
            bob.commit()  # (4)!
        except StaleDataError as exc:
            print(f"{type(exc).__name__}: {exc}")
            bob.rollback()  # (5)!
            print(f"Bob now sees {bobs_movie.rating}, version {bobs_movie.version_id}")
            bobs_movie.rating = 7  # (6)!
            bob.commit()
        # --8<-- [end:bob-saves]

        # --8<-- [start:carol-deletes]
        print("-- Carol deletes the movie")
        carol.delete(carols_movie)
        try:
            carol.commit()  # (7)!
        except StaleDataError as exc:
            print(f"{type(exc).__name__}: {exc}")
            carol.rollback()
        # --8<-- [end:carol-deletes]

        # --8<-- [start:statement]
        print("-- an update() statement changes the rating")
        alice.execute(update(Movie).values(rating=5))  # (8)!
        alice.commit()
        # --8<-- [end:statement]

    engine.echo = False
    with Session(engine) as session:
        row = session.execute(select(Movie.rating, Movie.version_id)).one()
        print("in the database:", row)
    engine.dispose()
