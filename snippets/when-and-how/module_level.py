from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


# --8<-- [start:module-level]
engine = create_engine("sqlite://")  # (1)!
Session = sessionmaker(engine)


def add_movie(title: str) -> None:
    with Session.begin() as session:  # (2)!
        session.add(Movie(title=title))


def movie_titles() -> list[str]:
    with Session() as session:  # (3)!
        return list(session.scalars(select(Movie.title).order_by(Movie.title)))
# --8<-- [end:module-level]


Base.metadata.create_all(engine)
engine.echo = True

add_movie("Interstellar")
add_movie("Inception")
print("titles:", movie_titles())
