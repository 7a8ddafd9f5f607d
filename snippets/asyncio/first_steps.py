import asyncio

from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


async def main():
    engine = create_async_engine("sqlite+aiosqlite://")  # (1)!
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)  # (2)!
    Session = async_sessionmaker(engine, expire_on_commit=False)  # (3)!
    async with Session() as session, session.begin():
        session.add_all([Movie(title="Tenet"), Movie(title="Dune")])
    engine.echo = True

    # --8<-- [start:use]
    async with Session() as session, session.begin():  # (4)!
        movie = Movie(title="Inception")
        session.add(movie)
    print("after commit:", movie.title)  # (5)!

    async with Session() as session:
        query = select(Movie).order_by(Movie.id)
        result = await session.scalars(query)  # (6)!
        print("titles:", [movie.title for movie in result])
        stream = await session.stream_scalars(query.execution_options(yield_per=2))
        async for batch in stream.partitions():  # (7)!
            print("batch:", [movie.title for movie in batch])
    # --8<-- [end:use]
    await engine.dispose()  # (8)!


asyncio.run(main())
