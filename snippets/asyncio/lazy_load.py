import asyncio
import warnings

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.exc import InvalidRequestError, MissingGreenlet, StatementError
from sqlalchemy.ext.asyncio import AsyncAttrs, async_sessionmaker, create_async_engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    relationship,
    selectinload,
)


class Base(AsyncAttrs, DeclarativeBase):  # (1)!
    pass


class Director(Base):
    __tablename__ = "directors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    movies: Mapped[list["Movie"]] = relationship(back_populates="director")


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    director_id: Mapped[int] = mapped_column(ForeignKey("directors.id"))
    director: Mapped[Director] = relationship(
        back_populates="movies", lazy="raise"  # (2)!
    )


warnings.filterwarnings(
    "ignore", "coroutine 'Connection.cursor' was never awaited", RuntimeWarning
)


def titles_sync(session, director):
    return [movie.title for movie in director.movies]


async def main():
    engine = create_async_engine("sqlite+aiosqlite://")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session, session.begin():
        for name, title in [("Nolan", "Tenet"), ("Gerwig", "Barbie"), ("Lee", "Ran")]:
            session.add(Director(name=name, movies=[Movie(title=title)]))

    engine.echo = True

    by_id = select(Director).order_by(Director.id)
    # --8<-- [start:error]
    async with Session() as session:
        nolan, gerwig, lee = await session.scalars(by_id)  # (3)!
        try:
            print([movie.title for movie in nolan.movies])  # (4)!
        except (MissingGreenlet, StatementError) as exc:
            print("MissingGreenlet:", "greenlet_spawn has not" in str(exc))
        # --8<-- [end:error]
        # --8<-- [start:ways]
        print("-- awaitable_attrs")
        movies = await nolan.awaitable_attrs.movies  # (5)!
        print([movie.title for movie in movies])
        print("-- refresh()")
        await session.refresh(gerwig, ["movies"])  # (6)!
        print([movie.title for movie in gerwig.movies])
        print("-- run_sync()")
        print(await session.run_sync(titles_sync, lee))  # (7)!
        print("-- a new director")
        session.add(ozu := Director(name="Ozu"))
        await session.commit()
        try:
            print(ozu.movies)  # (8)!
        except (MissingGreenlet, StatementError):
            print("MissingGreenlet")

    async with Session() as session:
        print("-- selectinload()")
        query = by_id.options(selectinload(Director.movies))
        nolan = (await session.scalars(query)).first()  # (9)!
        print([movie.title for movie in nolan.movies])
        try:
            print(nolan.movies[0].director)  # (10)!
        except InvalidRequestError as exc:
            print(type(exc).__name__ + ":", exc)
    # --8<-- [end:ways]
    await engine.dispose()


asyncio.run(main())
