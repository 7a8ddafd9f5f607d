import tempfile

from sqlalchemy import String, create_engine, inspect, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(id=1, title="Inception"))
        session.commit()

    engine.echo = True

    with Session(engine) as session:
        movie = session.get(Movie, 1)  # (1)!
        print("title:", movie.title)

        # --8<-- [start:someone-else]
        print("-- another connection changes the row and commits")
        with engine.begin() as connection:
            connection.execute(
                update(Movie).where(Movie.id == 1).values(title="Inception (2010)")
            )
        print("title, still the copy we loaded:", movie.title)  # (2)!
        # --8<-- [end:someone-else]

        # --8<-- [start:expired]
        session.commit()  # (3)!
        expired = inspect(movie).expired_attributes
        print("title expired after commit:", "title" in expired)
        print("title, reloaded from the row:", movie.title)  # (4)!
        # --8<-- [end:expired]
    engine.dispose()
