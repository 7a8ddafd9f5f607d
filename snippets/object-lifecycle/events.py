from sqlalchemy import String, create_engine, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


TRANSITIONS = [
    "transient_to_pending",
    "pending_to_transient",
    "pending_to_persistent",
    "persistent_to_transient",
    "persistent_to_deleted",
    "deleted_to_persistent",
    "deleted_to_detached",
    "persistent_to_detached",
    "detached_to_persistent",
    "loaded_as_persistent",
]


# --8<-- [start:listen]
def watch(transition):
    def show(session, instance):  # (1)!
        print(f"  {transition}, identity: {inspect(instance).identity}")

    event.listen(Session, transition, show)  # (2)!
# --8<-- [end:listen]


for transition in TRANSITIONS:
    watch(transition)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

# --8<-- [start:walk]
movie = Movie(id=1, title="Inception")
with Session(engine) as session:
    print("-- add()")
    session.add(movie)
    print("-- flush()")
    session.flush()
    print("-- rollback()")
    session.rollback()  # (3)!
    print("-- add(), expunge()")
    session.add(movie)
    session.expunge(movie)
    print("-- add(), commit()")
    session.add(movie)
    session.commit()
    print("-- expunge(), add()")
    session.expunge(movie)
    session.add(movie)
    print("-- delete()")
    session.delete(movie)
    print("-- flush()")
    session.flush()  # (4)!
    print("-- rollback()")
    session.rollback()
    print("-- end of the with block")
with Session(engine) as session:
    print("-- get()")
    loaded = session.get(Movie, 1)  # (5)!
    print("-- delete(), commit()")
    session.delete(loaded)
    session.commit()
# --8<-- [end:walk]
