from sqlalchemy import String, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Movie(title="Inception"))
    session.commit()

engine.echo = True

# --8<-- [start:import]
with Session(engine) as session:
    for title in ["Tenet", "Inception", "Dune"]:
        try:
            with session.begin_nested():
                session.add(Movie(title=title))
        except IntegrityError:
            print("skipped:", title)
    print("-- rollback")
    session.rollback()  # (1)!
    print(session.scalars(select(Movie.title).order_by(Movie.id)).all())
# --8<-- [end:import]
