from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int | None]


engine = create_engine("sqlite://")
Session = sessionmaker(engine)
Base.metadata.create_all(engine)

with Session.begin() as session:
    session.add(Movie(title="Inception"))

engine.echo = True

# --8<-- [start:tracking]
with Session.begin() as session:  # (1)!
    movie = session.scalars(select(Movie).where(Movie.title == "Inception")).one()
    movie.year = 2010  # (2)!
    print("changed, waiting for the commit:", movie in session.dirty)  # (3)!
# --8<-- [end:tracking]

with Session() as session:
    print("year in the database:", session.scalars(select(Movie.year)).one())
