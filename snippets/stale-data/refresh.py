import tempfile

from sqlalchemy import String, create_engine, select, update
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
        session.add_all([Movie(id=1, title="Inception"), Movie(id=2, title="Tenet")])
        session.commit()

    def someone_else_appends(text):
        print(f"-- another connection appends {text!r} to every title")
        with engine.begin() as connection:
            connection.execute(update(Movie).values(title=Movie.title + text))

    engine.echo = True

    with Session(engine) as session:
        inception = session.get(Movie, 1)
        tenet = session.get(Movie, 2)
        someone_else_appends(" (remastered)")

        # --8<-- [start:refresh]
        inception.title = "Inception, renamed by us"
        print("-- refresh(inception)")
        session.refresh(inception)  # (1)!
        print("-- reading inception.title")
        print("title:", inception.title)  # (2)!
        # --8<-- [end:refresh]

        # --8<-- [start:populate-existing]
        someone_else_appends(" 4K")
        print("-- select() with populate_existing")
        fresh = select(Movie).order_by(Movie.id)
        fresh = fresh.execution_options(populate_existing=True)  # (3)!
        movies = session.scalars(fresh).all()
        print("same objects:", movies[0] is inception, movies[1] is tenet)
        print("titles:", inception.title, "|", tenet.title)  # (4)!
        # --8<-- [end:populate-existing]
    engine.dispose()
