from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(engine)

with Session() as session:
    session.add(Movie(title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:success]
with Session.begin() as session:  # (1)!
    session.add(Movie(title="The Matrix"))
# --8<-- [end:success]

# --8<-- [start:failure]
try:
    with Session.begin() as session:
        session.add(Movie(title="Interstellar"))
        total = session.scalar(select(func.count()).select_from(Movie))  # (2)!
        print("movies, counting the new one:", total)
        if total > 2:
            raise ValueError("two movies are enough")  # (3)!
except ValueError as exc:
    print("the block failed with:", type(exc).__name__)
# --8<-- [end:failure]

with Session() as session:
    titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()
    print("in the database:", titles)
