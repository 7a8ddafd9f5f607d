import tempfile

from sqlalchemy import String, create_engine, inspect, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    rating: Mapped[int]


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{folder}/movies.db")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(id=1, title="Inception", rating=8))
        session.add(Movie(id=2, title="Tenet", rating=7))
        session.commit()

    engine.echo = True

    with Session(engine) as session:
        inception = session.get(Movie, 1)
        tenet = session.get(Movie, 2)
        print("-- another connection changes both rows and commits")
        with engine.begin() as connection:  # (1)!
            connection.execute(
                update(Movie).values(
                    title=Movie.title + " (new)", rating=Movie.rating + 1
                )
            )

        # --8<-- [start:one-attribute]
        print("-- expire(inception, ['title'])")
        session.expire(inception, ["title"])  # (2)!
        print("expired:", sorted(inspect(inception).expired_attributes))
        print("title:", inception.title)  # (3)!
        print("rating:", inception.rating)
        # --8<-- [end:one-attribute]

        # --8<-- [start:whole-object]
        print("-- expire(inception)")
        session.expire(inception)  # (4)!
        print("rating:", inception.rating)
        # --8<-- [end:whole-object]

        # --8<-- [start:all-objects]
        print("-- expire_all()")
        session.expire_all()  # (5)!
        print("both expired:", inspect(inception).expired, inspect(tenet).expired)
        print("tenet:", tenet.title, tenet.rating)
        # --8<-- [end:all-objects]

        # --8<-- [start:unflushed]
        tenet.title = "Tenet, renamed by us"
        session.expire(tenet)  # (6)!
        print("our change after expire():", tenet.title)
        # --8<-- [end:unflushed]
    engine.dispose()
