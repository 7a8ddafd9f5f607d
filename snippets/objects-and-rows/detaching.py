from sqlalchemy import String, create_engine, inspect
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
with Session(engine) as session:
    session.add_all([Movie(id=1, title="Inception"), Movie(id=2, title="Tenet")])
    session.commit()

engine.echo = True

# --8<-- [start:expunge]
with Session(engine) as session:
    tenet = session.get(Movie, 2)
    session.expunge(tenet)  # (1)!
    print("after expunge, detached:", inspect(tenet).detached,
          "| in the session:", tenet in session)
# --8<-- [end:expunge]

# --8<-- [start:close]
with Session(engine) as session:
    inception = session.get(Movie, 1)
    session.commit()  # (2)!
print("after close, detached:", inspect(inception).detached)  # (3)!
# --8<-- [end:close]

# --8<-- [start:error]
print("a loaded attribute still works:", tenet.title)  # (4)!
try:
    print(inception.title)
except DetachedInstanceError as exc:  # (5)!
    print("an expired attribute raises:", type(exc).__name__)
# --8<-- [end:error]
