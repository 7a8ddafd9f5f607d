import threading

from sqlalchemy import String, create_engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


def count_in_another_thread(engine) -> str:
    result = []

    def count() -> None:
        try:
            with Session(engine) as session:
                total = session.scalar(select(func.count()).select_from(Movie))
                result.append(f"movies: {total}")
        except DBAPIError as error:
            result.append(str(error.orig).split(".")[0])

    thread = threading.Thread(target=count)
    thread.start()
    thread.join()
    return result[0]


# --8<-- [start:engines]
engines = {
    "sqlite://": create_engine("sqlite://"),  # (1)!
    "+ StaticPool": create_engine("sqlite://", poolclass=StaticPool),  # (2)!
    "+ StaticPool, check_same_thread=false": create_engine(
        "sqlite://?check_same_thread=false", poolclass=StaticPool  # (3)!
    ),
}
for name, engine in engines.items():
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Movie(title="Inception"))
        session.commit()
    print(f"{name}\n    another thread: {count_in_another_thread(engine)}")
    Base.metadata.drop_all(engine)
# --8<-- [end:engines]
