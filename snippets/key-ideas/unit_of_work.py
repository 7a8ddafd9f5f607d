from sqlalchemy import String, create_engine, select
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
        Movie(id=2, title="Interstellar", year=2013),
    ])
    session.commit()

engine.echo = True

with Session(engine) as session:
    inception, interstellar = session.scalars(select(Movie).order_by(Movie.id)).all()
    # --8<-- [start:record]
    inception.title = "Inception (2010)"  # (1)!
    interstellar.year = 2015
    interstellar.year = 2014  # (2)!
    session.add(Movie(id=3, title="Tenet", year=2020))
    print("changed:", sorted(movie.title for movie in session.dirty))
    print("new:", [movie.title for movie in session.new])
    # --8<-- [end:record]
    # --8<-- [start:commit]
    print("--- commit ---")
    session.commit()  # (3)!
    # --8<-- [end:commit]
