from sqlalchemy import String, create_engine, delete, insert, inspect
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


STATES = ["transient", "pending", "persistent", "deleted", "detached"]


def state_of(movie):
    state = inspect(movie)
    [name] = [name for name in STATES if getattr(state, name)]
    return name + ("*" if state.expired else "")  # (1)!


# --8<-- [start:calls]
DO = {
    "add()": lambda session, movie: session.add(movie),
    "flush()": lambda session, movie: session.flush(),
    "delete()": lambda session, movie: session.delete(movie),
    "expunge()": lambda session, movie: session.expunge(movie),
    "commit()": lambda session, movie: session.commit(),
    "rollback()": lambda session, movie: session.rollback(),
    "close()": lambda session, movie: session.close(),
}
CALLS = ["commit()", "rollback()", "close()", "expunge()"]
BEFORE = [
    ["Movie()"],
    ["Movie()", "add()"],
    ["Movie()", "add()", "flush()"],
    ["get()"],
    ["get()", "delete()"],
    ["get()", "delete()", "flush()"],
    ["get()", "expunge()"],
]
# --8<-- [end:calls]


def prepare(session, steps):  # (2)!
    if steps[0] == "Movie()":
        movie = Movie(id=2, title="Tenet")
    else:
        movie = session.get(Movie, 1)
    for step in steps[1:]:
        DO[step](session, movie)
    return movie


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


def fresh_database():  # (3)!
    with engine.begin() as connection:
        connection.execute(delete(Movie))
        connection.execute(insert(Movie).values(id=1, title="Inception"))


print(f"{'steps':<23}{'before':<12}" + "".join(f"{call:<12}" for call in CALLS))
for steps in BEFORE:
    cells = []
    for call in CALLS:
        fresh_database()
        with Session(engine) as session:
            movie = prepare(session, steps)
            before = state_of(movie)
            try:
                DO[call](session, movie)
                cells.append(state_of(movie))
            except InvalidRequestError:  # (4)!
                cells.append("error")
    print(f"{' '.join(steps):<23}{before:<12}" + "".join(f"{c:<12}" for c in cells))
