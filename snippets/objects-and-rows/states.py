from sqlalchemy import String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


STATES = ["transient", "pending", "persistent", "deleted", "detached"]


def show(step, movie):
    state = inspect(movie)
    flags = [name for name in STATES if getattr(state, name)]
    print(f"{step:<26} {', '.join(flags):<11} identity: {state.identity}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True

# --8<-- [start:lifecycle]
movie = Movie(id=1, title="Inception")
show("Movie(...)", movie)  # (1)!
with Session(engine) as session:
    session.add(movie)
    show("after add()", movie)  # (2)!
    session.flush()
    show("after flush()", movie)  # (3)!
    session.commit()
show("after the with block", movie)  # (4)!
# --8<-- [end:lifecycle]

# --8<-- [start:delete]
with Session(engine) as session:
    movie = session.get(Movie, 1)
    session.delete(movie)
    show("after delete()", movie)  # (5)!
    session.flush()
    show("after the DELETE is sent", movie)  # (6)!
    session.commit()
    show("after commit()", movie)  # (7)!
# --8<-- [end:delete]
