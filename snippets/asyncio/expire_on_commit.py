import asyncio
import warnings

from sqlalchemy import String
from sqlalchemy.exc import MissingGreenlet, StatementError
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


warnings.filterwarnings(
    "ignore", "coroutine 'Connection.cursor' was never awaited", RuntimeWarning
)  # (1)!


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


async def main():
    engine = create_async_engine("sqlite+aiosqlite://")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    engine.echo = True

    # --8<-- [start:default]
    Session = async_sessionmaker(engine)  # (2)!
    async with Session() as session:
        movie = Movie(title="Inception")
        session.add(movie)
        await session.commit()
        try:
            print(movie.title)  # (3)!
        except (MissingGreenlet, StatementError) as exc:
            print("raised:", type(exc).__name__)
            print(str(exc).split(";")[0])
        await session.refresh(movie)  # (4)!
        print("after refresh:", movie.title)
    # --8<-- [end:default]

    # --8<-- [start:false]
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        movie = Movie(title="Tenet")
        session.add(movie)
        await session.commit()
        print("kept:", movie.title)  # (5)!
    # --8<-- [end:false]
    await engine.dispose()


asyncio.run(main())
