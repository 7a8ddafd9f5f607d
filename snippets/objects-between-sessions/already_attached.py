from sqlalchemy import String, create_engine, inspect
from sqlalchemy.exc import InvalidRequestError
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
    session.add(Movie(title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:error]
first = Session(engine)
second = Session(engine)
movie = first.get(Movie, 1)  # (1)!
movie.title = "Inception (2010)"
try:
    second.add(movie)  # (2)!
except InvalidRequestError as exc:
    print("InvalidRequestError:", exc)
print("in first:", movie in first, "| in second:", movie in second)
# --8<-- [end:error]

# --8<-- [start:close]
first.close()  # (3)!
print("detached:", inspect(movie).detached, "| title:", movie.title)
second.add(movie)  # (4)!
print("persistent:", inspect(movie).persistent, "| in second:", movie in second)
second.commit()
second.close()
# --8<-- [end:close]
