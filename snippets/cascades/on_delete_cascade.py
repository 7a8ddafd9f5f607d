from sqlalchemy import ForeignKey, String, create_engine, delete, event, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(
        back_populates="director",
        cascade="all, delete-orphan",
        passive_deletes=True,  # (1)!
    )


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(
        ForeignKey("directors.id", ondelete="CASCADE")  # (2)!
    )
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def foreign_keys_on(dbapi_connection, connection_record):
    if engine.dialect.name == "sqlite":
        dbapi_connection.execute("PRAGMA foreign_keys=ON")


Base.metadata.create_all(engine)
with Session(engine) as session:
    nolan_movies = [Movie(title="Inception"), Movie(title="Tenet")]
    villeneuve_movies = [Movie(title="Dune"), Movie(title="Arrival")]
    session.add(Director(name="Nolan", movies=nolan_movies))
    session.add(Director(name="Villeneuve", movies=villeneuve_movies))
    session.commit()

engine.echo = True
titles = select(Movie.title).order_by(Movie.id)

# --8<-- [start:passive]
with Session(engine) as session:
    session.delete(session.get(Director, 1))
    print("-- commit")
    session.commit()  # (3)!
    print("movies:", session.scalars(titles).all())
# --8<-- [end:passive]

# --8<-- [start:bulk]
with Session(engine) as session:
    session.execute(delete(Director).where(Director.name == "Villeneuve"))  # (4)!
    session.commit()
    print("movies:", session.scalar(select(func.count()).select_from(Movie)))
# --8<-- [end:bulk]
