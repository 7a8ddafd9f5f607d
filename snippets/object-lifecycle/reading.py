from sqlalchemy import String, create_engine, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.orm.exc import DetachedInstanceError


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
statements = []
event.listen(engine, "before_cursor_execute", lambda *args: statements.append(1))

STATES = ["transient", "pending", "persistent", "deleted", "detached"]


# --8<-- [start:read]
def read(movie):
    state = inspect(movie)
    names = [name for name in STATES if getattr(state, name)]
    if state.expired:
        names.append("expired")
    if state.was_deleted:
        names.append("was_deleted")
    owner = "None" if state.session is None else "Session"  # (1)!
    statements.clear()
    try:
        values = f"{movie.id!s:<5} {movie.title:<10}"  # (2)!
    except DetachedInstanceError as exc:
        values = type(exc).__name__
    print(f"{', '.join(names):<22} {owner:<8} {values} {len(statements)}")
# --8<-- [end:read]


print(f"{'state':<22} {'session':<8} {'id':<5} {'title':<10} SQL")
# --8<-- [start:walk]
movie = Movie(title="Inception")
read(movie)
with Session(engine) as session:
    session.add(movie)
    read(movie)  # (3)!
    session.flush()
    read(movie)
    session.rollback()
    read(movie)  # (4)!
    session.add(movie)
    session.commit()
    read(movie)  # (5)!
read(movie)  # (6)!
with Session(engine) as session:
    session.add(movie)
    session.delete(movie)
    session.flush()
    read(movie)  # (7)!
    session.rollback()
read(movie)  # (8)!
# --8<-- [end:walk]
