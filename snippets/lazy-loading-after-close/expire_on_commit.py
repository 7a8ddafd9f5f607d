from sqlalchemy import ForeignKey, String, create_engine, inspect, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    selectinload,
)
from sqlalchemy.orm.exc import DetachedInstanceError


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(back_populates="director")


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(
        Director(name="Nolan", movies=[Movie(title="Inception"), Movie(title="Tenet")])
    )
    session.commit()

engine.echo = True


def show(label, director):
    state = inspect(director)
    print(label, "| expired:", sorted(state.expired_attributes),
          "| not loaded:", sorted(state.unloaded))
    try:
        print("  movies:", len(director.movies))
    except DetachedInstanceError:
        print("  movies: DetachedInstanceError")


query = select(Director).where(Director.id == 1)

# --8<-- [start:never-loaded]
with Session(engine, expire_on_commit=False) as session:
    nolan = session.scalars(query).one()  # (1)!
    session.commit()
show("never loaded, expire_on_commit=False", nolan)  # (2)!
# --8<-- [end:never-loaded]

# --8<-- [start:expired]
with Session(engine) as session:
    nolan = session.scalars(query.options(selectinload(Director.movies))).one()
    session.commit()  # (3)!
show("loaded, then commit()", nolan)
# --8<-- [end:expired]

# --8<-- [start:kept]
with Session(engine, expire_on_commit=False) as session:
    nolan = session.scalars(query.options(selectinload(Director.movies))).one()
    session.commit()  # (4)!
show("loaded, expire_on_commit=False", nolan)
# --8<-- [end:kept]
