from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


def driver_in_transaction(connection) -> bool:
    dbapi_connection = connection.connection.dbapi_connection
    if connection.dialect.name == "sqlite":
        return dbapi_connection.in_transaction
    return dbapi_connection.info.transaction_status.name == "INTRANS"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True

# --8<-- [start:test]
with engine.connect() as connection:
    transaction = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    session.add(Movie(title="Tenet"))
    session.commit()
    print("driver in a transaction:", driver_in_transaction(connection))  # (1)!
    session.close()
    transaction.rollback()

engine.echo = False
with Session(engine) as session:
    print("rows left:", session.scalar(select(func.count()).select_from(Movie)))
    dune = Movie(title="Dune")
    session.add(dune)
    session.commit()
    print("next id:", dune.id)  # (2)!
# --8<-- [end:test]
