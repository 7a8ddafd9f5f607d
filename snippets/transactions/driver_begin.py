from sqlalchemy import String, create_engine, select
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


def report(session: Session) -> None:
    dbapi_connection = session.connection().connection.dbapi_connection  # (1)!
    if engine.dialect.name == "sqlite":
        driver = dbapi_connection.in_transaction
    else:
        driver = dbapi_connection.info.transaction_status.name == "INTRANS"
    print("in a transaction? Session:", session.in_transaction(), "| driver:", driver)


engine.echo = True

# --8<-- [start:driver]
with Session(engine) as session:
    print("-- a SELECT")
    session.scalars(select(Movie.title)).all()
    report(session)
    print("-- an INSERT")
    session.add(Movie(title="Tenet"))
    session.flush()  # (2)!
    report(session)
# --8<-- [end:driver]
