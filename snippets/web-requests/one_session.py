import tempfile
import textwrap
from pathlib import Path
from typing import Annotated

from fastapi import Body, FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import String, create_engine, select
from sqlalchemy.exc import IntegrityError, PendingRollbackError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'movies.db'}")
    Base.metadata.create_all(engine)
    # --8<-- [start:shared]
    session = Session(engine)  # (1)!
    app = FastAPI()

    @app.post("/movies", status_code=201)
    def add_movie(title: Annotated[str, Body(embed=True)]):
        session.add(Movie(title=title))
        try:
            session.commit()
        except IntegrityError:
            raise HTTPException(409, f"{title} is already there") from None  # (2)!
        return {"title": title}

    @app.get("/movies")
    def list_movies():
        return session.scalars(select(Movie.title)).all()
    # --8<-- [end:shared]

    client = TestClient(app)
    for title in ["Dune", "Dune"]:
        response = client.post("/movies", json={"title": title})
        print(response.status_code, response.json())
    # --8<-- [start:poisoned]
    for method, body in [("GET", None), ("POST", {"title": "Tenet"})]:
        try:
            client.request(method, "/movies", json=body)
        except PendingRollbackError as exc:  # (3)!
            print(method, type(exc).__name__ + ":")
            print(textwrap.fill(str(exc).split(". ")[0] + ".", 64))
    # --8<-- [end:poisoned]
    session.close()
    engine.dispose()
