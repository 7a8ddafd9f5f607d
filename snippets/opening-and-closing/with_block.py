from sqlalchemy import String, create_engine, event, func, inspect, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


@event.listens_for(engine, "checkin")
def connection_returned(*args):
    print("(the connection goes back to the pool)")


def movies_in_database() -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Movie))


engine.echo = True

# --8<-- [start:close]
with Session(engine) as session:  # (1)!
    movie = Movie(title="Inception")
    session.add(movie)
    session.flush()  # (2)!
    print("-- leaving the with block without commit()")
print("movie detached:", inspect(movie).detached,
      "| identity:", inspect(movie).identity)  # (3)!
# --8<-- [end:close]
print("movies in the database:", movies_in_database())

# --8<-- [start:commit]
with Session(engine) as session:
    movie = Movie(title="Inception")
    session.add(movie)
    session.commit()  # (4)!
    print("title after commit:", movie.title)  # (5)!
# --8<-- [end:commit]
print("movies in the database:", movies_in_database())
