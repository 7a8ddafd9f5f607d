from sqlalchemy import String, create_engine, delete, event, func, select
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
        session.commit()
    except IntegrityError:
        session.rollback()
        return False
    return True


engine = create_engine("sqlite://")
if engine.dialect.name == "sqlite":

    @event.listens_for(engine, "connect")
    def no_driver_begin(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(conn):
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Movie))


# --8<-- [start:modes]
print("default:", Session().join_transaction_mode)
print("mode                    after commit()  after rollback()  seen  left")
for label in ["create_savepoint", "conditional_savepoint", "  + SAVEPOINT",
              "rollback_only", "control_fully"]:
    mode = "conditional_savepoint" if label == "  + SAVEPOINT" else label
    with engine.connect() as connection:
        transaction = connection.begin()
        if label == "  + SAVEPOINT":
            transaction = connection.begin_nested()  # (1)!
        session = Session(bind=connection, join_transaction_mode=mode)
        add_movie(session, "Tenet")
        after_commit = transaction.is_active  # (2)!
        add_movie(session, "Tenet")
        after_rollback = transaction.is_active
        add_movie(session, "Dune")  # (3)!
        seen = count(session)
        session.close()
        if transaction.is_active:
            transaction.rollback()
    with Session(engine) as check:
        left = count(check)  # (4)!
        check.execute(delete(Movie))
        check.commit()
    print(f"{label:23} {after_commit!s:15} {after_rollback!s:17} {seen:<5} {left}")
# --8<-- [end:modes]
