import tempfile

from sqlalchemy import String, create_engine, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


def show(session, ids):
    movies = [session.get(Movie, movie_id) for movie_id in ids]
    print("shown:", [movie.title for movie in movies])
    print("objects in the identity map:", len(session.identity_map))
    return movies


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        titles = ["Inception", "Tenet", "Dune"]
        session.add_all([Movie(id=n, title=t) for n, t in enumerate(titles, 1)])
        session.commit()

    def someone_renames(title):
        print(f"-- another job renames movie 1 to {title!r}")
        with engine.begin() as connection:
            connection.execute(update(Movie).where(Movie.id == 1).values(title=title))

    engine.echo = True

    # --8<-- [start:long-lived]
    print("== one Session for every job")
    session = Session(engine)  # (1)!
    shown = show(session, [1])
    someone_renames("Inception (2010)")
    shown += show(session, [2])
    shown += show(session, [1, 3])  # (2)!
    session.close()
    # --8<-- [end:long-lived]

    # --8<-- [start:per-job]
    print("== a new Session for each job")
    with Session(engine) as session:  # (3)!
        shown = show(session, [1])
    someone_renames("Inception (4K)")
    with Session(engine) as session:
        shown += show(session, [2])
    with Session(engine) as session:
        shown += show(session, [1, 3])  # (4)!
    # --8<-- [end:per-job]
    engine.dispose()
