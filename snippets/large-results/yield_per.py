from sqlalchemy import ForeignKey, String, create_engine, event, insert, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    selectinload,
)


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    movies: Mapped[list["Movie"]] = relationship()


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.execute(insert(Director), [{"id": n} for n in range(1, 11)])
    rows = [{"title": f"Movie {n}", "director_id": n % 10 + 1} for n in range(1000)]
    session.execute(insert(Movie), rows)  # (1)!
    session.commit()

with Session(engine) as session:
    # --8<-- [start:all]
    movies = session.scalars(select(Movie)).all()
    print(".all():", len(session.identity_map))
    del movies
    print("after del movies:", len(session.identity_map))  # (2)!
    for _movie in session.scalars(select(Movie)):
        print("plain loop, at the first movie:", len(session.identity_map))  # (3)!
        break
    # --8<-- [end:all]

# --8<-- [start:batches]
sizes = []


@event.listens_for(Movie, "load")
def loaded(movie, context):
    sizes.append(len(context.session.identity_map))


engine.echo = True
with Session(engine) as session:
    in_batches = select(Movie).execution_options(yield_per=300)  # (4)!
    for batch in session.scalars(in_batches).partitions():  # (5)!
        print("batch:", len(batch), "| in the identity map:", len(session.identity_map))
    print("most while loading:", max(sizes))  # (6)!
    del batch
    print("after the loop:", len(session.identity_map))
# --8<-- [end:batches]

directors = select(Director).order_by(Director.id).execution_options(yield_per=5)

# --8<-- [start:selectin]
with Session(engine) as session:
    query = directors.options(selectinload(Director.movies))
    for batch in session.scalars(query).partitions():  # (7)!
        print("directors:", len(batch), "| movies:", sum(len(d.movies) for d in batch))
# --8<-- [end:selectin]
