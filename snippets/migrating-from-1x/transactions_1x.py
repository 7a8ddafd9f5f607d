from sqlalchemy import String, create_engine, exc, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

# --8<-- [start:removed]
try:
    Session(engine, autocommit=True)  # (1)!
except exc.ArgumentError as error:
    print("autocommit=True:", error)

with Session(engine) as session:
    try:
        session.begin(subtransactions=True)  # (2)!
    except TypeError:
        print("subtransactions=True: TypeError")
    # --8<-- [end:removed]
    # --8<-- [start:autobegin]
    session.add(Movie(title="Tenet"))
    print("in a transaction:", session.in_transaction())  # (3)!
    try:
        session.begin()
    except exc.InvalidRequestError as error:
        print("begin():", error)
    session.commit()
    # --8<-- [end:autobegin]

engine.echo = True

# --8<-- [start:begin]
with Session(engine) as session, session.begin():  # (4)!
    session.add(Movie(title="Dune"))
    print(session.scalar(select(func.count()).select_from(Movie)))
# --8<-- [end:begin]
