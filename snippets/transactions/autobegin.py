from sqlalchemy import String, create_engine, event
from sqlalchemy.exc import InvalidRequestError
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
    session.add(Movie(title="Inception"))
    session.commit()


@event.listens_for(engine, "checkout")
def connection_taken(*args):
    print("(a connection is taken from the pool)")


@event.listens_for(engine, "checkin")
def connection_returned(*args):
    print("(the connection goes back to the pool)")


engine.echo = True

# --8<-- [start:autobegin]
with Session(engine) as session:
    print("in a transaction?", session.in_transaction())  # (1)!
    movie = session.get(Movie, 1)  # (2)!
    print("in a transaction?", session.in_transaction())
    movie.title = "Inception (2010)"
    session.commit()  # (3)!
    print("after commit, in a transaction?", session.in_transaction())
    print("title:", movie.title)  # (4)!
# --8<-- [end:autobegin]

# --8<-- [start:add]
with Session(engine) as session:
    session.add(Movie(title="Tenet"))
    print("after add(), in a transaction?", session.in_transaction())  # (5)!
    try:
        session.begin()  # (6)!
    except InvalidRequestError as exc:
        print("session.begin() now:", type(exc).__name__)
    session.rollback()
    session.begin()  # (7)!
    print("after rollback(), begin() again:", session.in_transaction())
print("-- the with block has ended")
# --8<-- [end:add]
