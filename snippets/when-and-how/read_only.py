from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Session = sessionmaker(engine)
Base.metadata.create_all(engine)

with Session.begin() as session:
    session.add_all([Movie(title="Inception"), Movie(title="Interstellar")])

engine.echo = True

# --8<-- [start:read-only]
with Session() as session:  # (1)!
    titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()
    print("titles:", titles)
# --8<-- [end:read-only]

# --8<-- [start:forgot-commit]
with Session() as session:
    movie = session.scalars(select(Movie).where(Movie.title == "Inception")).one()
    movie.title = "Inception (2010)"  # (2)!
# --8<-- [end:forgot-commit]

with Session() as session:
    titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()
    print("still in the database:", titles)
