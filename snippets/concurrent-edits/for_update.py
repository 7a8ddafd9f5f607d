import tempfile

from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError
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

    # --8<-- [start:lock]
    with Session(engine) as first:
        query = select(Movie).where(Movie.id == 1)
        movie = first.scalars(query.with_for_update()).one()  # (1)!
        print("first locked the row, views:", movie.views)

        with Session(engine) as second:
            print("second reads it:", second.scalar(select(Movie.views)))  # (2)!
            try:
                other = second.scalars(query.with_for_update(nowait=True)).one()  # (3)!
                print("second got the row too, views:", other.views)
            except OperationalError as exc:
                print("second could not lock it:", type(exc.orig).__name__)

        movie.views += 1  # (4)!
        first.commit()
    # --8<-- [end:lock]
    engine.dispose()
