from sqlalchemy import String, create_engine, inspect, update
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
    session.add(Movie(id=1, title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:default]
with Session(engine) as session:
    movie = session.get(Movie, 1)
    session.commit()
    print("expired after commit:", sorted(inspect(movie).expired_attributes))  # (1)!
    print("--- reading movie.title ---")
    print("title:", movie.title)  # (2)!
# --8<-- [end:default]

# --8<-- [start:no-expire]
with Session(engine, expire_on_commit=False) as session:  # (3)!
    movie = session.get(Movie, 1)
    session.commit()
    print("expired after commit:", sorted(inspect(movie).expired_attributes))
    print("--- reading movie.title ---")
    print("title:", movie.title)
print("after the session, detached:", inspect(movie).detached,  # (4)!
      "| title:", movie.title)
# --8<-- [end:no-expire]

# --8<-- [start:stale]
with Session(engine) as session:
    own = session.get(Movie, 1)
    rename = update(Movie).where(Movie.id == 1).values(title="Inception (2010)")
    session.execute(rename)  # (5)!
    print("this Session's own object says:", own.title)
    session.commit()
print("the row changed, the object still says:", movie.title)  # (6)!
# --8<-- [end:stale]
