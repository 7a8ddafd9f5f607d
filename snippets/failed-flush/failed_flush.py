import textwrap

from sqlalchemy import ForeignKey, String, create_engine, inspect
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

engine.echo = True

with Session(engine) as session:
    inception = session.get(Movie, 1)
    # --8<-- [start:fail]
    inception.title = "Inception (2010)"
    review = Review(text="A dream within a dream.")
    session.add(review)
    try:
        session.flush()  # (1)!
    except IntegrityError as exc:
        print("flush() raised:", type(exc).__name__)
    print("is_active:", session.is_active)
    print("review is transient:", inspect(review).transient)  # (2)!
    print("title expired:", "title" in inspect(inception).expired_attributes)
    # --8<-- [end:fail]
    # --8<-- [start:pending-rollback]
    try:
        session.get(Movie, 1)  # (3)!
    except PendingRollbackError as exc:
        print(type(exc).__name__ + ":")
        print(textwrap.fill(". ".join(str(exc).split(". ")[:2]) + ".", 72))
        print("names the original:", "Original exception was" in str(exc))
    # --8<-- [end:pending-rollback]
    # --8<-- [start:recover]
    session.rollback()  # (4)!
    print("after rollback(), is_active:", session.is_active)
    print("title:", inception.title)  # (5)!
    inception.title = "Inception (2010)"
    review.movie_id = inception.id
    session.add(review)  # (6)!
    session.commit()
    # --8<-- [end:recover]
