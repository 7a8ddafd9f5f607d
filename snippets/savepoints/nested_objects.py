from sqlalchemy import String, create_engine, event, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)
    year: Mapped[int]


engine = create_engine("sqlite://")

if engine.dialect.name == "sqlite":

    @event.listens_for(engine, "connect")
    def no_driver_begin(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(conn):
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(title="Inception", year=2010))
    session.add(Movie(title="Memento", year=2000))
    session.commit()

engine.echo = True

with Session(engine) as session:
    inception, memento = session.scalars(select(Movie).order_by(Movie.id))
    tenet = Movie(title="Tenet", year=2020)
    session.add(tenet)
    # --8<-- [start:nested]
    print("-- begin_nested()")
    try:
        with session.begin_nested():  # (1)!
            inception.year = 2011
            duplicate = Movie(title="Memento", year=2001)
            session.add(duplicate)
    except IntegrityError as exc:
        print("raised:", type(exc).__name__)
    print("duplicate transient:", inspect(duplicate).transient)  # (2)!
    print("inception expired:", sorted(inspect(inception).expired_attributes))
    print("memento expired:", sorted(inspect(memento).expired_attributes))  # (3)!
    print("tenet persistent:", inspect(tenet).persistent)
    print("inception.year:", inception.year)  # (4)!
    # --8<-- [end:nested]
    print("-- commit")
    session.commit()
    print(session.scalars(select(Movie.title).order_by(Movie.id)).all())
