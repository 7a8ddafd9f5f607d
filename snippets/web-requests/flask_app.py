from flask import Flask, request
from sqlalchemy import String, create_engine, select
from sqlalchemy.exc import IntegrityError
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
    title: Mapped[str] = mapped_column(String(100), unique=True)


engine = create_engine("sqlite://")  # (1)!
Base.metadata.create_all(engine)
# --8<-- [start:scoped]
Session = scoped_session(sessionmaker(engine))  # (2)!
app = Flask(__name__)


@app.teardown_appcontext
def remove_session(exc):
    Session.remove()  # (3)!
    print("-- teardown: Session.remove()")


@app.post("/movies")
def add_movie():
    title = request.json["title"]
    Session.add(Movie(title=title))
    try:
        Session.commit()
    except IntegrityError:
        return {"detail": f"{title} is already there"}, 409  # (4)!
    return {"title": title}, 201


@app.get("/movies")
def list_movies():
    print("same Session:", Session() is Session())
    return Session.scalars(select(Movie.title).order_by(Movie.title)).all()
# --8<-- [end:scoped]


client = app.test_client()
engine.echo = True
for title in ["Dune", "Dune", "Tenet"]:
    response = client.post("/movies", json={"title": title})
    print(response.status_code, response.json)
    print("Session left over:", Session.registry.has())  # (5)!
response = client.get("/movies")
print(response.status_code, response.json)
