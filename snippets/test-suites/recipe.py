from sqlalchemy import String, create_engine, event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


def add_movie(session: Session, title: str) -> bool:
    session.add(Movie(title=title))
    try:
        session.commit()  # (1)!
    except IntegrityError:
        session.rollback()  # (2)!
        return False
    return True


engine = create_engine("sqlite://")
if engine.dialect.name == "sqlite":  # (3)!

    @event.listens_for(engine, "connect")
    def no_driver_begin(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(conn):
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)
engine.echo = True

# --8<-- [start:test]
with engine.connect() as connection:
    transaction = connection.begin()  # (4)!
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    print("added Tenet:", add_movie(session, "Tenet"))
    print("added Tenet again:", add_movie(session, "Tenet"))
    print("in the test:", session.scalars(select(Movie.title)).all())  # (5)!
    session.close()
    transaction.rollback()  # (6)!

engine.echo = False
with Session(engine) as session:
    print("rows left:", session.scalar(select(func.count()).select_from(Movie)))
# --8<-- [end:test]
