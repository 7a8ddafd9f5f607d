from sqlalchemy import String, create_engine, func, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True

with Session(engine) as session:
    session.add(Movie(title="Inception"))
    # --8<-- [start:text]
    in_sql = session.execute(text("SELECT count(*) FROM movies")).scalar()  # (1)!
    print("movies counted by text():", in_sql)
    # --8<-- [end:text]
    # --8<-- [start:select]
    in_orm = session.scalar(select(func.count()).select_from(Movie))  # (2)!
    print("movies counted by select():", in_orm)
    # --8<-- [end:select]
