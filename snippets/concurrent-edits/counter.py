import tempfile

from sqlalchemy import create_engine, inspect, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    views: Mapped[int] = mapped_column(default=0)


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(id=1))
        session.commit()

    engine.echo = True

    with Session(engine) as first:
        movie = first.get(Movie, 1)
        print("first loaded views:", movie.views)

        # --8<-- [start:statement]
        with Session(engine) as second:
            second.execute(
                update(Movie).where(Movie.id == 1).values(views=Movie.views + 1)
            )  # (1)!
            second.commit()
        # --8<-- [end:statement]

        # --8<-- [start:attribute]
        movie.views = Movie.views + 1  # (2)!
        print("before the flush:", movie.views)
        first.flush()
        print("expired after the flush:", sorted(inspect(movie).expired_attributes))
        print("views, reloaded:", movie.views)  # (3)!
        first.commit()
        # --8<-- [end:attribute]
    engine.dispose()
