from sqlalchemy import String, create_engine, select
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


# --8<-- [start:long-form]
def save(*movies: Movie) -> None:
    with Session(engine) as session:
        session.begin()  # (1)!
        try:
            session.add_all(movies)
            session.flush()  # (2)!
        except:
            print("-- in except, is_active:", session.is_active)
            session.rollback()  # (3)!
            raise
        else:
            session.commit()  # (4)!
# --8<-- [end:long-form]


engine.echo = True

save(Movie(title="The Matrix"))

try:
    save(Movie(title="Interstellar"), Movie(id=1, title="Tenet"))  # (5)!
except IntegrityError as exc:
    print("save() failed with:", type(exc).__name__)

with Session(engine) as session:  # (6)!
    titles = session.scalars(select(Movie.title).order_by(Movie.id)).all()
    print("in the database:", titles)
