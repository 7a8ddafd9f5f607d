import tempfile

from sqlalchemy import String, create_engine, inspect, text, update
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
    engine.echo = True

    with Session(engine) as session:
        # --8<-- [start:commit]
        movie = Movie(id=1, title="Inception")
        session.add(movie)
        session.commit()  # (1)!
        print("expired after commit:", inspect(movie).expired)
        print("-- another connection changes the title and commits")
        with engine.begin() as connection:
            rename = update(Movie).where(Movie.id == 1)
            connection.execute(rename.values(title="Inception (2010)"))
        print("-- reading movie.title")
        print("title:", movie.title)  # (2)!
        # --8<-- [end:commit]

        # --8<-- [start:needed]
        print("-- raw SQL the Session cannot follow")
        session.execute(text("UPDATE movies SET title = upper(title)"))  # (3)!
        print("title, before refresh():", movie.title)
        session.refresh(movie)  # (4)!
        print("title, after refresh():", movie.title)
        session.commit()
        # --8<-- [end:needed]
    engine.dispose()
