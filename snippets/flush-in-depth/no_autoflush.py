from sqlalchemy import String, create_engine, func, select
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
count = select(func.count()).select_from(Movie)

# --8<-- [start:block]
with Session(engine) as session:
    session.add(Movie(id=2, title="Tenet"))
    with session.no_autoflush:
        print("in no_autoflush:", session.scalar(count))  # (1)!
    print("after the block:", session.scalar(count))  # (2)!
# --8<-- [end:block]

# --8<-- [start:session]
print("-- Session(autoflush=False)")
with Session(engine, autoflush=False) as session:
    session.add(Movie(id=3, title="Memento"))
    print("a query:", session.scalar(count))  # (3)!
    session.commit()  # (4)!
# --8<-- [end:session]
