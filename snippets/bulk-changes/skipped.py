from sqlalchemy import String, create_engine, event, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, validates


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]
    rating: Mapped[int]
    edited: Mapped[bool] = mapped_column(default=False, onupdate=True)  # (1)!

    @validates("rating")
    def at_most_ten(self, key, value):  # (2)!
        return min(value, 10)


@event.listens_for(Movie, "before_update")
def before_update(mapper, connection, movie):  # (3)!
    print("before_update:", movie.title)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(id=1, title="Heat", year=1995, rating=8))
    session.commit()

engine.echo = True

with Session(engine) as session:
    # --8<-- [start:flush]
    heat = session.get(Movie, 1)
    heat.rating = 12
    session.flush()  # (4)!
    # --8<-- [end:flush]

    # --8<-- [start:bulk]
    fargo = Movie(id=2, title="Fargo", year=1996, rating=7)
    session.add(fargo)
    session.execute(  # (5)!
        update(Movie), [{"id": 1, "rating": 15}, {"id": 2, "rating": 15}]
    )
    table = select(Movie.title, Movie.rating, Movie.edited).order_by(Movie.id)
    print(session.execute(table).all())  # (6)!
    print("fargo:", fargo.rating, fargo.edited)  # (7)!
    # --8<-- [end:bulk]
