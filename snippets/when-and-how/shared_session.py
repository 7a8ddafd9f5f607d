import tempfile
import threading
from pathlib import Path

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


def in_a_thread(work) -> None:
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Session = sessionmaker(engine)
    Base.metadata.create_all(engine)
    engine.echo = True

    # --8<-- [start:shared]
    shared = Session()  # (1)!

    def write_a_draft() -> None:
        shared.add(Movie(title="Half-written draft"))

    def save_a_movie() -> None:
        shared.add(Movie(title="Inception"))
        shared.commit()  # (2)!

    in_a_thread(write_a_draft)
    in_a_thread(save_a_movie)
    shared.close()
    # --8<-- [end:shared]

    with Session() as session:
        titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()
        print("in the database:", titles)
    engine.dispose()
