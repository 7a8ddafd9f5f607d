from sqlalchemy import String, create_engine, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


engine = create_engine("sqlite://")

if engine.dialect.name == "sqlite":  # (1)!

    @event.listens_for(engine, "connect")
    def no_driver_begin(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(conn):
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:import]
with Session(engine) as session:
    for title in ["Tenet", "Inception", "Dune"]:
        try:
            with session.begin_nested():  # (2)!
                session.add(Movie(title=title))
        except IntegrityError:  # (3)!
            print("skipped:", title)
    print("-- commit")
    session.commit()  # (4)!
    print(session.scalars(select(Movie.title).order_by(Movie.id)).all())
# --8<-- [end:import]
