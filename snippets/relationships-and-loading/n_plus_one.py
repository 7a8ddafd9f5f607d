from collections import Counter

from sqlalchemy import ForeignKey, String, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(back_populates="director")


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        Director(name=f"Director {n}", movies=[Movie(title=f"Movie {n}")])
        for n in range(1, 101)
    )
    session.commit()

statements = []


@event.listens_for(engine, "before_cursor_execute")
def remember(connection, cursor, statement, parameters, context, executemany):  # (1)!
    statements.append(statement.split("FROM")[1].split()[0])


# --8<-- [start:loop]
with Session(engine) as session:
    directors = session.scalars(select(Director).order_by(Director.id)).all()  # (2)!
    movies = 0
    for director in directors:
        movies += len(director.movies)  # (3)!
print("directors:", len(directors), "| movies:", movies)
# --8<-- [end:loop]
# --8<-- [start:count]
print("statements sent:", len(statements))
for table, times in Counter(statements).items():  # (4)!
    print(f"  reading {table}: {times}")
# --8<-- [end:count]
