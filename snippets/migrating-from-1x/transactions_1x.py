from sqlalchemy import String, create_engine, exc, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

try:
    Session(engine, autocommit=True)  # (1)!
except exc.ArgumentError as error:
    print("autocommit=True:", error)

with Session(engine) as session:
    try:
        session.begin(subtransactions=True)  # (2)!
    except TypeError:
        print("subtransactions=True: TypeError")
    # --8<-- [start:autobegin]
    session.scalars(select(Movie)).all()
    print("after a read:", session.in_transaction())  # (3)!
    try:
        session.begin()
    except exc.InvalidRequestError as error:
        print("begin():", error)
    session.commit()
    # --8<-- [end:autobegin]
