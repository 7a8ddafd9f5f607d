from sqlalchemy import ForeignKey, String, create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(back_populates="director")


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))  # (1)!
    director: Mapped["Director"] = relationship(back_populates="movies")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Director(name="Nolan", movies=[Movie(title="Inception")]))
    session.commit()

engine.echo = True

# --8<-- [start:fails]
with Session(engine) as session:
    session.delete(session.get(Director, 1))
    try:
        session.commit()  # (2)!
    except IntegrityError as exc:
        print("commit() raised:", type(exc).__name__)
        session.rollback()
    print("directors:", session.scalar(select(func.count()).select_from(Director)))
# --8<-- [end:fails]
