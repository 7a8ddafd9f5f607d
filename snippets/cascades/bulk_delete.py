from sqlalchemy import ForeignKey, String, create_engine, delete, event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(
        back_populates="director", cascade="all, delete-orphan"
    )


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def foreign_keys_on(dbapi_connection, connection_record):  # (1)!
    if engine.dialect.name == "sqlite":
        dbapi_connection.execute("PRAGMA foreign_keys=ON")


Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(
        Director(name="Nolan", movies=[Movie(title="Inception"), Movie(title="Tenet")])
    )
    session.commit()

engine.echo = True

# --8<-- [start:bulk]
with Session(engine) as session:
    try:
        session.execute(delete(Director).where(Director.name == "Nolan"))  # (2)!
    except IntegrityError as exc:
        print("delete(Director) raised:", type(exc).__name__)  # (3)!
        session.rollback()
    print("movies:", session.scalar(select(func.count()).select_from(Movie)))
# --8<-- [end:bulk]

# --8<-- [start:unchecked]
with Session(engine) as session:
    if engine.dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA foreign_keys=OFF")  # (4)!
    try:
        session.execute(delete(Director).where(Director.name == "Nolan"))
        session.commit()
    except IntegrityError as exc:
        print("delete(Director) raised:", type(exc).__name__)
        session.rollback()
    print("movies:", session.execute(select(Movie.title, Movie.director_id)).all())
# --8<-- [end:unchecked]
