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

    def someone_else_sets(title):
        print("-- another connection changes the row and commits")
        with engine.begin() as connection:
            connection.execute(update(Movie).where(Movie.id == 1).values(title=title))

    engine.echo = True

    with Session(engine) as session:
        movie = session.get(Movie, 1)  # (1)!
        print("title:", movie.title)

        # --8<-- [start:someone-else]
        someone_else_sets("Inception (2010)")  # (2)!
        print("title, still the copy we loaded:", movie.title)  # (3)!
        # --8<-- [end:someone-else]

        # --8<-- [start:expired]
        session.commit()  # (4)!
        expired = inspect(movie).expired_attributes
        print("title expired after commit:", "title" in expired)
        print("title, reloaded from the row:", movie.title)  # (5)!
        # --8<-- [end:expired]

        # --8<-- [start:refresh]
        someone_else_sets("Inception, 2010")
        session.refresh(movie)  # (6)!
        print("title after refresh():", movie.title)
        # --8<-- [end:refresh]

        # --8<-- [start:orm-update]
        session.execute(
            update(Movie).where(Movie.id == 1).values(title="Inception!")
        )  # (7)!
        print("title after the Session's own update():", movie.title)
        # --8<-- [end:orm-update]
        session.commit()
    engine.dispose()
