from sqlalchemy import String, create_engine, event, func, insert, select, update
from sqlalchemy.exc import DBAPIError, InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), index=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.execute(insert(Movie), [{"title": f"Movie {n}"} for n in range(1, 1001)])
    session.commit()

sent = []


@event.listens_for(engine, "after_cursor_execute")
def remember(connection, cursor, statement, parameters, context, executemany):
    word = statement.split()[0]
    if word == "SELECT":
        received = f", {cursor.rowcount} rows" if cursor.rowcount >= 0 else ""
        word += f" ({type(cursor).__name__}{received})"  # (1)!
    sent.append(word)


def report(label, session):
    print(f"{label}: in the identity map {len(session.identity_map)} | sent {sent}")
    sent.clear()


in_order = select(Movie).order_by(Movie.id)
in_batches = in_order.execution_options(yield_per=300)

# --8<-- [start:grows]
print("-- change every movie")
with Session(engine) as session:
    for batch in session.scalars(in_order).yield_per(300).partitions():  # (2)!
        for movie in batch:
            movie.title = movie.title.lower()
        report("batch", session)
    session.commit()  # (3)!
    report("after commit", session)
# --8<-- [end:grows]

# --8<-- [start:flush]
print("-- flush() after each batch")
with Session(engine) as session:
    for batch in session.scalars(in_batches).partitions():
        for movie in batch:
            movie.title = movie.title.upper()
        session.flush()  # (4)!
        report("batch", session)
    session.commit()
# --8<-- [end:flush]

# --8<-- [start:moving]
print("-- flush() while the rows move in the ORDER BY")
by_title = select(Movie).order_by(Movie.title).execution_options(yield_per=300)
with Session(engine) as session:
    read = 0
    for batch in session.scalars(by_title).partitions():
        for movie in batch:
            movie.title = movie.title.lower()  # (5)!
        session.flush()
        read += len(batch)
    session.commit()
    report(f"{read} rows read", session)
# --8<-- [end:moving]

# --8<-- [start:commit]
print("-- commit() after each batch")
with Session(engine) as session:
    try:
        for batch in session.scalars(in_batches).partitions():
            for movie in batch:
                movie.title = movie.title.upper()
            session.commit()  # (6)!
            report("batch", session)
    except DBAPIError as exc:
        driver_error = type(exc.orig).__name__
        print("the next batch raised:", type(exc).__name__, f"({driver_error})")
with Session(engine) as session:
    upper = select(func.count()).where(Movie.title == func.upper(Movie.title))
    print("committed in upper case:", session.scalar(upper))
# --8<-- [end:commit]

# --8<-- [start:expunge-all]
print("-- expunge_all() after each batch")
with Session(engine) as session:
    result = session.scalars(in_batches)
    try:
        for _batch in result.partitions():
            session.expunge_all()  # (7)!
    except InvalidRequestError as exc:
        print("the next batch raised:", exc.args[0])
    result.close()
    sent.clear()
# --8<-- [end:expunge-all]

# --8<-- [start:bulk]
print("-- one UPDATE statement")
with Session(engine) as session:
    session.execute(update(Movie).values(title=func.lower(Movie.title)))  # (8)!
    report("update()", session)
    session.commit()
# --8<-- [end:bulk]
