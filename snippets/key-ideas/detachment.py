from sqlalchemy import String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.orm.exc import DetachedInstanceError


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add(Movie(id=1, title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:problem]
with Session(engine) as session:
    movie = session.get(Movie, 1)
    movie.title = "Inception (2010)"
    session.commit()  # (1)!
print("detached:", inspect(movie).detached)  # (2)!
try:
    print(movie.title)
except DetachedInstanceError as exc:
    print("error:", type(exc).__name__)  # (3)!
# --8<-- [end:problem]

# --8<-- [start:attach]
movie.title = "Inception"  # (4)!
print("modified while detached:", inspect(movie).modified)
with Session(engine) as session:
    session.add(movie)  # (5)!
    print("detached:", inspect(movie).detached)
    session.commit()
# --8<-- [end:attach]

# --8<-- [start:inside]
with Session(engine) as session:
    movie = session.get(Movie, 1)
    session.commit()
    print("title inside the session:", movie.title)  # (6)!
# --8<-- [end:inside]
