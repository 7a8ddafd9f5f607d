from sqlalchemy import String, create_engine, delete, inspect, select, update
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]
    rating: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(id=1, title="Heat", year=1995, rating=8))
    session.add(Movie(id=2, title="Inception", year=2010, rating=8))
    session.commit()

engine.echo = True

# --8<-- [start:options]
in_the_90s = (Movie.year >= 1990, Movie.year < 2000)
raise_rating = update(Movie).where(*in_the_90s).values(rating=Movie.rating + 1)
remove = delete(Movie).where(*in_the_90s)

for option in ["auto", "evaluate", "fetch", False]:  # (1)!
    print(f"== synchronize_session={option!r}")
    with Session(engine) as session:
        heat, inception = session.scalars(select(Movie).order_by(Movie.id))
        how = {"synchronize_session": option}
        session.execute(raise_rating, execution_options=how)  # (2)!
        print("ratings:", heat.rating, inception.rating)
        session.execute(remove, execution_options=how)  # (3)!
        found = session.get(Movie, 1)  # (4)!
        print("heat deleted:", inspect(heat).deleted, "| get():", found and found.title)
# --8<-- [end:options]

# --8<-- [start:between]
print("== between()")
between = update(Movie).where(Movie.year.between(1990, 1999)).values(rating=9)  # (5)!
with Session(engine) as session:
    heat = session.get(Movie, 1)
    try:
        session.execute(between, execution_options={"synchronize_session": "evaluate"})
    except InvalidRequestError as error:
        print("evaluate raised:", error)
    session.execute(between)  # (6)!
    print("heat.rating:", heat.rating)
# --8<-- [end:between]
