import tempfile

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    rating: Mapped[int]
    views: Mapped[int] = mapped_column(default=0)


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")  # (1)!
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(id=1, title="Inception", rating=8))
        session.commit()

    engine.echo = True

    with Session(engine) as alice, Session(engine) as bob:
        alices_movie = alice.get(Movie, 1)
        bobs_movie = bob.get(Movie, 1)

        # --8<-- [start:alice-saves]
        print("-- Alice fixes the title, rates it 9, and her view is counted")
        alices_movie.title = "Inception (2010)"
        alices_movie.rating = 9
        alices_movie.views += 1
        alice.commit()
        # --8<-- [end:alice-saves]

        # --8<-- [start:bob-saves]
        print("-- Bob, still looking at the old page, rates it 7, view counted")
        bobs_movie.rating = 7
        bobs_movie.views += 1
        bob.commit()  # (2)!
        # --8<-- [end:bob-saves]

    engine.echo = False
    with Session(engine) as session:
        row = session.execute(select(Movie.title, Movie.rating, Movie.views)).one()
        print("in the database:", row)
    engine.dispose()
