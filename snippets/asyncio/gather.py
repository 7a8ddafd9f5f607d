import asyncio
import tempfile

from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    views: Mapped[int]


# --8<-- [start:shared-task]
async def add_view_shared(session, movie_id):
    movie = await session.get(Movie, movie_id)
    movie.views += 1
    await session.commit()
    return movie.views
# --8<-- [end:shared-task]


# --8<-- [start:own-task]
async def add_view(Session, movie_id):
    async with Session() as session, session.begin():
        movie = await session.get(Movie, movie_id)
        movie.views += 1
    return movie.views
# --8<-- [end:own-task]


async def main(folder):
    url = f"sqlite+aiosqlite:///{folder}/movies.db"
    engine = create_async_engine(url)  # (1)!
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session, session.begin():
        session.add_all(
            [Movie(title="Inception", views=0), Movie(title="Tenet", views=0)]
        )

    async def views():
        async with Session() as session:
            return (await session.scalars(select(Movie.views).order_by(Movie.id))).all()

    # --8<-- [start:shared]
    async with Session() as session:
        results = await asyncio.gather(
            add_view_shared(session, 1),
            add_view_shared(session, 2),
            return_exceptions=True,
        )
    print("one session:")
    for result in results:  # (2)!
        print(" ", type(result).__name__ + ":", str(result).split(";")[0])
    print("views:", await views())
    # --8<-- [end:shared]

    # --8<-- [start:own]
    results = await asyncio.gather(add_view(Session, 1), add_view(Session, 2))  # (3)!
    print("a session per task:", results)
    print("views:", await views())
    # --8<-- [end:own]
    await engine.dispose()


with tempfile.TemporaryDirectory() as folder:
    asyncio.run(main(folder))
