import textwrap

from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.exc import IntegrityError, PendingRollbackError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    movie_id: Mapped[int] = mapped_column(ForeignKey("movies.id"))
    text: Mapped[str] = mapped_column(String(200))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(id=1, title="Inception"))
    session.commit()

print("movie_id nullable:", Review.__table__.c.movie_id.nullable)  # (1)!
engine.echo = True
inception_id = select(Movie.id).where(Movie.title == "Inception")

# --8<-- [start:premature]
with Session(engine) as session:
    review = Review(text="A dream within a dream.")
    session.add(review)
    try:
        review.movie_id = session.scalar(inception_id)  # (2)!
    except IntegrityError as exc:
        print("the query raised:", type(exc).__name__)
        print(textwrap.fill(str(exc).splitlines()[0], 72))  # (3)!
    try:
        session.scalar(inception_id)  # (4)!
    except PendingRollbackError as exc:
        print("the next query raised:", type(exc).__name__)
# --8<-- [end:premature]

# --8<-- [start:no-autoflush]
print("-- with no_autoflush")
with Session(engine) as session:
    review = Review(text="A dream within a dream.")
    session.add(review)
    with session.no_autoflush:
        review.movie_id = session.scalar(inception_id)  # (5)!
    session.commit()  # (6)!
# --8<-- [end:no-autoflush]
