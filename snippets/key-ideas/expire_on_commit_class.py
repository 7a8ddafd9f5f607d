from sqlalchemy import String, create_engine, inspect
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    sessionmaker,
)


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

with Session(engine) as session:
    session.expire_on_commit = False  # (1)!
    movie = session.get(Movie, 1)
    session.commit()
    print("on the instance, expired:", sorted(inspect(movie).expired_attributes))

Session.expire_on_commit = False  # (2)!
with Session(engine) as session:
    print("the new Session's own value:", session.expire_on_commit)
    movie = session.get(Movie, 1)
    session.commit()
    print("on the class, expired:", sorted(inspect(movie).expired_attributes))

factory = sessionmaker(engine)
factory.expire_on_commit = False  # (3)!
with factory() as session:
    movie = session.get(Movie, 1)
    session.commit()
    print("on a sessionmaker, expired:", sorted(inspect(movie).expired_attributes))

factory.configure(expire_on_commit=False)  # (4)!
with factory() as session:
    movie = session.get(Movie, 1)
    session.commit()
    print("after configure(), expired:", sorted(inspect(movie).expired_attributes))
