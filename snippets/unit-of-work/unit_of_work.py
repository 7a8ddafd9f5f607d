from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Movie(id=1, title="Inception"), Movie(id=2, title="Tenet")])
    session.commit()

engine.echo = True

with Session(engine) as session:
    inception, tenet = session.scalars(select(Movie).order_by(Movie.id)).all()
    # --8<-- [start:track]
    session.add(Movie(id=3, title="Interstellar"))  # (1)!
    inception.title = "Inception (2010)"
    session.delete(tenet)
    print("new:", [movie.title for movie in session.new])  # (2)!
    print("dirty:", [movie.title for movie in session.dirty])
    print("deleted:", [movie.title for movie in session.deleted])
    # --8<-- [end:track]

    # --8<-- [start:autoflush]
    print("-- a query: the Session flushes first")
    titles = select(Movie.title).order_by(Movie.id)
    print("titles:", session.scalars(titles).all())  # (3)!
    pending = len(session.new) + len(session.dirty) + len(session.deleted)
    print("still pending:", pending)
    # --8<-- [end:autoflush]

    # --8<-- [start:not-a-commit]
    session.rollback()  # (4)!
    print("after rollback:", session.scalars(titles).all())
    # --8<-- [end:not-a-commit]

    # --8<-- [start:at-commit]
    print("-- commit flushes too")
    session.add(Movie(id=3, title="Interstellar"))
    session.commit()  # (5)!
    # --8<-- [end:at-commit]
