from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

# --8<-- [start:factory]
Session = sessionmaker(engine, expire_on_commit=False)  # (1)!
# --8<-- [end:factory]

engine.echo = True

saved, sessions = [], []
for title in ["Inception", "Interstellar"]:
    # --8<-- [start:use]
    with Session() as session:  # (2)!
        print("bound to our engine:", session.get_bind() is engine)
        movie = Movie(title=title)
        session.add(movie)
        session.commit()
        saved.append(movie)
        sessions.append(session)
    # --8<-- [end:use]

print("two different sessions:", sessions[0] is not sessions[1])
# --8<-- [start:no-expire]
print("titles after closing:", [movie.title for movie in saved])  # (3)!
# --8<-- [end:no-expire]
