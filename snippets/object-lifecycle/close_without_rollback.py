from sqlalchemy import String, create_engine, delete, insert, inspect, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


STATES = ["transient", "pending", "persistent", "deleted", "detached"]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


def add_tenet(session):
    movie = Movie(id=2, title="Tenet")
    session.add(movie)
    return movie


def delete_inception(session):
    movie = session.get(Movie, 1)
    session.delete(movie)
    return movie


# --8<-- [start:job]
def failed_job(change, end):
    with Session(engine) as session:
        movie = change(session)
        session.flush()  # (1)!
        if end == "expunge()":  # (2)!
            session.expunge(movie)
        elif end == "rollback()":
            session.rollback()
    return movie  # (3)!
# --8<-- [end:job]


for change in [add_tenet, delete_inception]:
    for end in ["close()", "expunge()", "rollback()"]:
        with engine.begin() as connection:
            connection.execute(delete(Movie))
            connection.execute(insert(Movie).values(id=1, title="Inception"))
        movie = failed_job(change, end)
        state = inspect(movie)
        [name] = [name for name in STATES if getattr(state, name)]
        # --8<-- [start:again]
        with Session(engine) as other:
            try:
                other.add(movie)  # (4)!
                other.commit()
                result = "add(), commit(): ok"
            except InvalidRequestError as exc:
                result = str(exc).split(".")[0]
        with engine.connect() as connection:
            rows = connection.scalars(select(Movie.title).order_by(Movie.id)).all()
        # --8<-- [end:again]
        print(f"{change.__name__:<17}{end:<11}{name:<10}"
              f"was_deleted={state.was_deleted!s:<6}{result}; rows: {rows}")
