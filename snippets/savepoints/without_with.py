from sqlalchemy import String, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


engine = create_engine("sqlite://")

if engine.dialect.name == "sqlite":

    @event.listens_for(engine, "connect")
    def no_driver_begin(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(conn):
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)
engine.echo = True

# --8<-- [start:nested]
with Session(engine) as session:
    session.add(Movie(title="Inception"))
    nested = session.begin_nested()  # (1)!
    print(type(nested).__name__, session.in_nested_transaction())
    session.add(Movie(title="Tenet"))
    session.flush()
    nested.rollback()  # (2)!
    nested = session.begin_nested()
    session.add(Movie(title="Dune"))
    nested.commit()  # (3)!
    print("nested:", session.in_nested_transaction())
    print("-- commit")
    session.commit()  # (4)!
    session.add(Movie(title="Heat"))
    session.begin_nested()
    session.add(Movie(title="Up"))
    session.flush()
    print("-- session.rollback()")
    session.rollback()  # (5)!
    print(session.scalars(select(Movie.title).order_by(Movie.id)).all())
# --8<-- [end:nested]
