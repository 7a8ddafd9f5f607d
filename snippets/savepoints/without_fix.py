from sqlalchemy import String, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(title="Inception"))
    session.commit()



def driver_in_transaction(session: Session) -> bool:
    dbapi_connection = session.connection().connection.dbapi_connection
    if engine.dialect.name == "sqlite":
        return dbapi_connection.in_transaction
    return dbapi_connection.info.transaction_status.name == "INTRANS"


engine.echo = True

# --8<-- [start:import]
with Session(engine) as session:
    for title in ["Tenet", "Inception", "Dune"]:
        try:
            with session.begin_nested():
                session.add(Movie(title=title))
        except IntegrityError:
            print("skipped:", title)
        print("driver in a transaction:", driver_in_transaction(session))  # (1)!
    print("-- rollback")
    session.rollback()  # (2)!
    print(session.scalars(select(Movie.title).order_by(Movie.id)).all())
# --8<-- [end:import]
