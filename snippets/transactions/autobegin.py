from sqlalchemy import String, create_engine
from sqlalchemy.exc import InvalidRequestError
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
    session.add(Movie(title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:autobegin]
with Session(engine) as session:
    print("in a transaction?", session.in_transaction())  # (1)!
    movie = session.get(Movie, 1)  # (2)!
    print("in a transaction?", session.in_transaction())
    movie.title = "Inception (2010)"
    session.commit()  # (3)!
    print("after commit, in a transaction?", session.in_transaction())
    # --8<-- [end:autobegin]

    # --8<-- [start:begin-too-late]
    print("title:", movie.title)  # (4)!
    try:
        session.begin()  # (5)!
    except InvalidRequestError as exc:
        print("session.begin() now:", type(exc).__name__)
    # --8<-- [end:begin-too-late]
