from sqlalchemy import Column, Integer, String, create_engine, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Movie(Base):
    __tablename__ = "movies"

    id = Column(Integer, primary_key=True)
    title = Column(String(100))
    year = Column(Integer)

    def __repr__(self):
        return f"Movie({self.title!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([
        Movie(title="Inception", year=2010),
        Movie(title="Tenet", year=2020),
        Movie(title="Dune", year=2021),
    ])
    session.commit()

engine.echo = True

with Session(engine) as session:
    # --8<-- [start:first]
    print("1.x:", session.query(Movie).filter_by(year=2020).first())  # (1)!
    stmt = select(Movie).filter_by(year=2020)
    print("2.0:", session.scalars(stmt).first())  # (2)!
    # --8<-- [end:first]
    # --8<-- [start:count]
    print("1.x:", session.query(Movie).filter(Movie.year > 2015).count())  # (3)!
    stmt = select(func.count()).select_from(Movie).where(Movie.year > 2015)
    print("2.0:", session.scalar(stmt))
    # --8<-- [end:count]
    # --8<-- [start:row]
    print("execute():", session.execute(select(Movie)).first())  # (4)!
    # --8<-- [end:row]
