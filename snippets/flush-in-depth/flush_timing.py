from sqlalchemy import String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


def show(session):
    for name in ["new", "dirty", "deleted"]:
        print(f"  {name}:", [movie.title for movie in getattr(session, name)])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Movie(title="Inception"), Movie(title="Memento")])
    session.commit()

engine.echo = True

with Session(engine) as session:
    inception, memento = session.get(Movie, 1), session.get(Movie, 2)
    # --8<-- [start:before]
    tenet = Movie(title="Tenet")
    session.add(tenet)  # (1)!
    inception.title = "Inception (2010)"
    session.delete(memento)
    print("-- before the flush, tenet.id:", tenet.id)  # (2)!
    show(session)
    # --8<-- [end:before]
    # --8<-- [start:after]
    session.flush()  # (3)!
    print("-- after the flush, tenet.id:", tenet.id)  # (4)!
    show(session)
    print("memento is deleted:", inspect(memento).deleted)  # (5)!
    # --8<-- [end:after]
    session.commit()
