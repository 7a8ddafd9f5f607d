import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import Body, Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import String, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


def show_status(app):
    async def asgi(scope, receive, send):
        async def send_and_show(message):
            if message["type"] == "http.response.start":
                print("-- response sent:", message["status"])
            await send(message)

        await app(scope, receive, send_and_show)

    return asgi


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")  # (1)!
    Base.metadata.create_all(engine)
    SessionLocal = sessionmaker(engine)

    # --8<-- [start:dependency]
    def get_session():
        session = SessionLocal()  # (2)!
        try:
            yield session  # (3)!
            session.commit()
        except Exception:
            session.rollback()  # (4)!
            raise
        finally:
            session.close()

    DbSession = Annotated[Session, Depends(get_session, scope="function")]  # (5)!
    app = FastAPI()

    @app.post("/movies", status_code=201)
    def add_movie(title: Annotated[str, Body(embed=True)], session: DbSession):
        session.add(Movie(title=title))
        try:
            session.flush()  # (6)!
        except IntegrityError:
            raise HTTPException(409, f"{title} is already there") from None
        return {"title": title}

    @app.get("/movies")
    def list_movies(session: DbSession):
        return session.scalars(select(Movie.title).order_by(Movie.title)).all()
    # --8<-- [end:dependency]

    client = TestClient(show_status(app))  # (7)!
    engine.echo = True
    for title in ["Dune", "Dune", "Tenet"]:
        response = client.post("/movies", json={"title": title})
        print(response.status_code, response.json())
    response = client.get("/movies")
    print(response.status_code, response.json())
    engine.dispose()
