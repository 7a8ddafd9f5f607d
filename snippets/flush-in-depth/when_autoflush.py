from sqlalchemy import String, create_engine, select, update
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
    session.add(Movie(id=1, title="Inception"))
    session.commit()

engine.echo = True

with Session(engine) as session:
    inception = session.get(Movie, 1)
    inception.title = "Inception (2010)"
    # --8<-- [start:get-loaded]
    print("-- get() of a movie already loaded")
    same = session.get(Movie, 1)  # (1)!
    print("same object:", same is inception, "| still dirty:", len(session.dirty))
    # --8<-- [end:get-loaded]
    # --8<-- [start:get-missing]
    print("-- get() of a movie not loaded")
    print("get(Movie, 99):", session.get(Movie, 99))  # (2)!
    # --8<-- [end:get-missing]
    # --8<-- [start:query]
    session.add(Movie(id=2, title="Tenet"))
    print("-- a query")
    titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()  # (3)!
    print("titles:", titles)
    # --8<-- [end:query]
    # --8<-- [start:orm-update]
    session.add(Movie(id=3, title="Memento"))
    print("-- an ORM-enabled UPDATE")
    rename = update(Movie).where(Movie.id == 1).values(title="Inception")
    session.execute(rename)  # (4)!
    # --8<-- [end:orm-update]
    # --8<-- [start:commit]
    session.add(Movie(id=4, title="Interstellar"))
    print("-- commit()")
    session.commit()  # (5)!
    # --8<-- [end:commit]
