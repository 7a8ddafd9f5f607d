from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Movie(title="Inception"), Movie(title="Tenet")])
    session.commit()

engine.echo = True

# --8<-- [start:read]
with Session(engine) as session:  # (1)!
    movies = session.scalars(select(Movie).order_by(Movie.title)).all()
    print("titles:", [movie.title for movie in movies])
    print("the Session is in a transaction:", session.in_transaction())
print("still readable after the block:", movies[0].title)  # (2)!
# --8<-- [end:read]

with Session(engine) as session:
    count = select(func.count()).select_from(Movie)
    print("movies in the database:", session.scalar(count))  # (3)!
