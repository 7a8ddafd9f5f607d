from sqlalchemy import ForeignKey, String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
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


def find_director(director_id):
    with Session(engine) as session:
        return session.get(Director, director_id)  # (1)!


# --8<-- [start:error]
nolan = find_director(1)
print("detached:", inspect(nolan).detached, "| name:", nolan.name)  # (2)!
print("not loaded:", sorted(inspect(nolan).unloaded))
try:
    print(nolan.movies)
except DetachedInstanceError as exc:  # (3)!
    print("DetachedInstanceError:", str(exc).partition(" (Background")[0])
# --8<-- [end:error]
