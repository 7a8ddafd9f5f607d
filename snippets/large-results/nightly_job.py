from sqlalchemy import String, create_engine, event, insert, select
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
    session.execute(insert(Movie), [{"title": f"movie {n}"} for n in range(1, 1001)])
    session.commit()

sent = []


@event.listens_for(engine, "before_cursor_execute")
def remember(connection, cursor, statement, parameters, context, executemany):
    sent.append(statement.split()[0])


def report(label, session):
    print(f"{label} | in the identity map {len(session.identity_map)} | sent {sent}")
    sent.clear()


# --8<-- [start:job]
def fix_titles(after_id):
    with Session(engine) as session:  # (1)!
        after = select(Movie).where(Movie.id > after_id)
        batch = session.scalars(after.order_by(Movie.id).limit(300)).all()  # (2)!
        for movie in batch:
            movie.title = movie.title.upper()
        last_id = batch[-1].id if batch else None  # (3)!
        session.commit()
        report(f"{len(batch)} movies, last id {last_id}", session)
    return last_id


last_id = 0
while last_id is not None:  # (4)!
    last_id = fix_titles(last_id)
# --8<-- [end:job]

# --8<-- [start:after-commit]
for expire in (True, False):
    with Session(engine, expire_on_commit=expire) as session:
        batch = session.scalars(select(Movie).limit(300)).all()
        session.commit()
        ids = batch[0].id, batch[-1].id  # (5)!
        report(f"expire_on_commit={expire}", session)
# --8<-- [end:after-commit]
