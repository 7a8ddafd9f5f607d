from sqlalchemy import String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


STATES = ["transient", "pending", "persistent", "deleted", "detached"]


def show(name, movie):
    state = inspect(movie)
    flags = [flag for flag in STATES if getattr(state, flag)]
    expired = ", expired" if state.expired_attributes else ""
    print(f"{name:<13} {flags[0]}{expired}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Movie(id=1, title="Inception"), Movie(id=2, title="Memento")])
    session.commit()

engine.echo = True

with Session(engine) as session:
    inception, memento = session.get(Movie, 1), session.get(Movie, 2)
    # --8<-- [start:changes]
    tenet = Movie(id=3, title="Tenet")
    session.add(tenet)
    inception.title = "Inception (2010)"
    session.delete(memento)
    session.flush()  # (1)!
    interstellar = Movie(id=4, title="Interstellar")
    session.add(interstellar)  # (2)!
    # --8<-- [end:changes]
    # --8<-- [start:rollback]
    session.rollback()  # (3)!
    show("tenet", tenet)  # (4)!
    show("interstellar", interstellar)
    show("memento", memento)  # (5)!
    show("inception", inception)
    print("title:", inception.title)  # (6)!
    # --8<-- [end:rollback]
