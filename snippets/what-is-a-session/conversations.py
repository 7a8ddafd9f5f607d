from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True

with Session(engine) as session:
    # --8<-- [start:talk]
    print("-- add two movies and commit")
    session.add_all([Movie(title="Inception"), Movie(title="Tenet")])
    session.commit()  # (1)!

    print("-- ask for the movies")
    movies = session.scalars(select(Movie).order_by(Movie.id)).all()  # (2)!
    print("titles:", [movie.title for movie in movies])

    print("-- change one, delete the other, commit")
    movies[0].title = "Inception (2010)"
    session.delete(movies[1])
    session.commit()  # (3)!
    # --8<-- [end:talk]
