from sqlalchemy import String, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
inception, tenet = Movie(id=1, title="Inception"), Movie(id=2, title="Tenet")
with Session(engine) as session:
    session.add_all([inception, tenet])
    session.commit()

engine.echo = True

# --8<-- [start:add]
print("before, detached:", inspect(inception).detached)
with Session(engine) as session:
    session.add(inception)  # (1)!
    print("after add(), persistent:", inspect(inception).persistent)
    print("title:", inception.title)  # (2)!
# --8<-- [end:add]

# --8<-- [start:merge]
tenet.title = "Tenet (2020)"
with Session(engine) as session:
    merged = session.merge(tenet)  # (3)!
    print("merge() returns another object:", merged is not tenet)
    print("merged is persistent:", inspect(merged).persistent,
          "| tenet still detached:", inspect(tenet).detached)
    print("title:", merged.title, "| changed in the session:", merged in session.dirty)
    session.commit()  # (4)!
# --8<-- [end:merge]
