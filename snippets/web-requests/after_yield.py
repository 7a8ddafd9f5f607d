import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import Body, Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import String, create_engine, select
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
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Base.metadata.create_all(engine)
    SessionLocal = sessionmaker(engine)

    def get_session():
        session = SessionLocal()
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()

    # --8<-- [start:default-scope]
    DbSession = Annotated[Session, Depends(get_session)]  # (1)!
    app = FastAPI()

    @app.post("/movies", status_code=201)
    def add_movie(title: Annotated[str, Body(embed=True)], session: DbSession):
        session.add(Movie(title=title))  # (2)!
        return {"title": title}

    @app.get("/movies")
    def list_movies(session: DbSession):
        return session.scalars(select(Movie.title).order_by(Movie.title)).all()

    client = TestClient(show_status(app), raise_server_exceptions=False)  # (3)!
    # --8<-- [end:default-scope]
    engine.echo = True
    for title in ["Dune", "Dune"]:
        response = client.post("/movies", json={"title": title})
        print(response.status_code, response.json())
    engine.echo = False
    print(client.get("/movies").json())
    engine.dispose()
