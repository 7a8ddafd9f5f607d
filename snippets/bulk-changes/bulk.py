from sqlalchemy import String, create_engine, insert, inspect, update
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
engine.echo = True

with Session(engine) as session:
    # --8<-- [start:insert]
    rows = [
        {"title": f"Movie {n}", "year": 1970 + n % 50, "rating": n % 10}
        for n in range(1, 301)
    ]
    session.execute(insert(Movie), rows)  # (1)!
    print("objects in the Session:", len(session.identity_map))  # (2)!
    # --8<-- [end:insert]

    # --8<-- [start:returning]
    new = [{"title": "Heat", "year": 1995, "rating": 8},
           {"title": "Fargo", "year": 1996, "rating": 8}]
    returned = session.scalars(insert(Movie).returning(Movie), new).all()  # (3)!
    heat, fargo = sorted(returned, key=lambda movie: movie.id)
    print(heat.id, heat.title, "| persistent:", inspect(heat).persistent)
    # --8<-- [end:returning]

    # --8<-- [start:by-key]
    new_ratings = {1: 10, heat.id: 9, fargo.id: 7}
    session.execute(
        update(Movie),
        [{"id": key, "rating": value} for key, value in new_ratings.items()],  # (4)!
    )
    print("heat.rating:", heat.rating)  # (5)!
    session.commit()
    # --8<-- [end:by-key]
