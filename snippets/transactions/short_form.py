from sqlalchemy import String, create_engine, inspect, select
from sqlalchemy.exc import IntegrityError
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

# --8<-- [start:success]
with Session(engine) as session, session.begin():  # (1)!
    matrix = Movie(title="The Matrix")
    session.add(matrix)
print("after the block, matrix detached:", inspect(matrix).detached)  # (2)!
# --8<-- [end:success]

# --8<-- [start:failure]
try:
    with Session(engine) as session, session.begin():
        session.add(Movie(title="Interstellar"))
        session.add(Movie(id=1, title="Tenet"))  # (3)!
except IntegrityError as exc:
    print("the block failed with:", type(exc).__name__)
# --8<-- [end:failure]

with Session(engine) as session:
    titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()
    print("in the database:", titles)
