from sqlalchemy import ForeignKey, String, create_engine, select
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


# --8<-- [start:eager]
def find_director(director_id):
    query = select(Director).where(Director.id == director_id)
    query = query.options(selectinload(Director.movies))  # (1)!
    with Session(engine) as session:
        return session.scalars(query).one()


nolan = find_director(1)
print("-- the Session is closed")
print("titles:", [movie.title for movie in nolan.movies])  # (2)!
# --8<-- [end:eager]


# --8<-- [start:inside]
def director_titles(director_id):
    with Session(engine) as session:
        director = session.get(Director, director_id)
        return [movie.title for movie in director.movies]  # (3)!


print("-- director_titles()")
print("titles:", director_titles(1))
# --8<-- [end:inside]
