from sqlalchemy import String, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


@event.listens_for(engine, "checkout")  # (1)!
def connection_taken(*args):
    print("(a connection is taken from the pool)")


@event.listens_for(engine, "checkin")
def connection_returned(*args):
    print("(the connection goes back to the pool)")


engine.echo = True

# --8<-- [start:transaction]
with Session(engine) as session:
    print("-- first statement")
    session.add(Movie(title="Inception"))
    session.flush()  # (2)!
    print("-- second statement, same transaction")
    print("movies:", session.scalars(select(Movie.title)).all())
    session.commit()  # (3)!
    print("-- after commit: the next statement starts a new transaction")
    print("movies:", session.scalars(select(Movie.title)).all())
# --8<-- [end:transaction]
print("-- the with block has ended")  # (4)!
