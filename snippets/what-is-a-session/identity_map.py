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

with Session(engine) as session:
    session.add(Movie(id=1, title="Inception"))
    session.commit()

engine.echo = True

with Session(engine) as session:
    # --8<-- [start:same-row]
    print("-- first get(Movie, 1)")
    first = session.get(Movie, 1)  # (1)!
    print("-- second get(Movie, 1)")
    second = session.get(Movie, 1)  # (2)!
    print("-- a select() for the same row")
    third = session.scalars(select(Movie).where(Movie.id == 1)).one()  # (3)!
    print("same object:", first is second, "|", first is third)
    # --8<-- [end:same-row]
    print("objects in the identity map:", len(session.identity_map))
