from sqlalchemy import ForeignKey, String, create_engine, event, select
from sqlalchemy.exc import IntegrityError, PendingRollbackError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    movie_id: Mapped[int] = mapped_column(
        ForeignKey("movies.id", deferrable=True, initially="DEFERRED")  # (1)!
    )


engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def foreign_keys_on(dbapi_connection, connection_record):
    if engine.dialect.name == "sqlite":
        dbapi_connection.execute("PRAGMA foreign_keys=ON")  # (2)!


Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add(Movie(id=1, title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:flush-in-commit]
with Session(engine) as session:
    session.add(Movie(id=1, title="Tenet"))
    try:
        session.commit()  # (3)!
    except IntegrityError as exc:
        print("commit() raised:", type(exc).__name__)
    print("is_active:", session.is_active)
    try:
        session.scalars(select(Movie.title)).all()  # (4)!
    except PendingRollbackError as exc:
        print("the next query:", type(exc).__name__)
    session.rollback()  # (5)!
    print("after rollback(), is_active:", session.is_active)
print("-- the with block has ended")
# --8<-- [end:flush-in-commit]

# --8<-- [start:at-commit]
try:
    with Session(engine) as session:
        session.begin()
        try:
            session.add(Review(movie_id=99))
            session.flush()  # (6)!
        except:
            print("-- in except")
            session.rollback()
            raise
        else:
            print("-- flush() succeeded")
            session.commit()  # (7)!
except IntegrityError as exc:
    print("commit() raised:", type(exc).__name__)
# --8<-- [end:at-commit]
