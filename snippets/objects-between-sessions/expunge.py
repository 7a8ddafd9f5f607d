from sqlalchemy import String, create_engine, inspect, select
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

with Session(engine) as session:
    # --8<-- [start:expunge]
    inception = session.get(Movie, 1)
    inception.title = "Inception (2010)"
    dunkirk = Movie(title="Dunkirk")
    session.add(dunkirk)
    session.expunge(inception)  # (1)!
    session.expunge(dunkirk)
    print("inception detached:", inspect(inception).detached,
          "| dunkirk transient:", inspect(dunkirk).transient)
    session.commit()  # (2)!
    print("rows:", session.scalars(select(Movie.title).order_by(Movie.id)).all())
    print("inception still has:", inception.title)
    # --8<-- [end:expunge]

    # --8<-- [start:expunge-all]
    tenet = session.get(Movie, 2)
    oppenheimer = Movie(title="Oppenheimer")
    session.add(oppenheimer)
    session.expunge_all()  # (3)!
    print("tenet detached:", inspect(tenet).detached,
          "| oppenheimer transient:", inspect(oppenheimer).transient)
    print("objects in the session:", len(session.identity_map))
    again = session.get(Movie, 2)  # (4)!
    print("same object:", again is tenet)
    # --8<-- [end:expunge-all]
