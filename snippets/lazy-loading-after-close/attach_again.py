from sqlalchemy import ForeignKey, String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


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
        return session.get(Director, director_id)


# --8<-- [start:add]
nolan = find_director(1)
print("-- detached:", inspect(nolan).detached)
with Session(engine) as session:
    session.add(nolan)  # (1)!
    print("titles:", [movie.title for movie in nolan.movies])  # (2)!
# --8<-- [end:add]

# --8<-- [start:merge]
nolan = find_director(1)
print("-- detached:", inspect(nolan).detached)
with Session(engine) as session:
    merged = session.merge(nolan)  # (3)!
    print("merged is nolan:", merged is nolan)
    print("count:", len(merged.movies))  # (4)!
print("nolan detached:", inspect(nolan).detached,
      "| not loaded:", sorted(inspect(nolan).unloaded))
# --8<-- [end:merge]
