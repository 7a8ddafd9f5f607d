import threading

from sqlalchemy import String, create_engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    scoped_session,
    sessionmaker,
)


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


engine = create_engine("sqlite://")

# --8<-- [start:registry]
Session = scoped_session(sessionmaker(engine))  # (1)!

first = Session()
print("main thread, Session() twice, same Session:", first is Session())  # (2)!

in_thread = []
thread = threading.Thread(target=lambda: in_thread.append(Session()))
thread.start()
thread.join()
print("other thread's Session is main's:", in_thread[0] is first)  # (3)!

movie = Movie(title="Inception")
Session.add(movie)  # (4)!
print("Session.add() put the movie in:", "main's" if movie in first else "another")

Session.remove()  # (5)!
print("after remove(), main's old Session holds the movie:", movie in first)
print("after remove(), Session() is the old one:", Session() is first)
Session.remove()
# --8<-- [end:registry]
