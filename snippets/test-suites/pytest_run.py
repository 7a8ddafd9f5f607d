import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # (1)!

APP = '''
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Movie(Base):
    __tablename__ = "movies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]


def add_movie(session, title):
    session.add(Movie(title=title))
    session.commit()


def import_movies(session_factory, titles):
    with session_factory() as session:
        session.add_all(Movie(title=title) for title in titles)
        session.commit()
'''

# --8<-- [start:conftest]
CONFTEST = '''
import os

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app import Base

engine = create_engine(os.environ["DATABASE_URL"])
if engine.dialect.name == "sqlite":

    @event.listens_for(engine, "connect")
    def no_driver_begin(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(conn):
        conn.exec_driver_sql("BEGIN")


@pytest.fixture(scope="session", autouse=True)
def tables():
    Base.metadata.create_all(engine)
    yield
    engine.dispose()


@pytest.fixture
def connection():
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


@pytest.fixture
def session(connection):
    with Session(bind=connection,
                 join_transaction_mode="create_savepoint") as session:
        yield session


@pytest.fixture
def session_factory(connection):
    return sessionmaker(bind=connection,
                        join_transaction_mode="create_savepoint")
'''
# --8<-- [end:conftest]

TESTS = '''
from sqlalchemy import func, select

from app import Movie, add_movie, import_movies


def count(session):
    return session.scalar(select(func.count()).select_from(Movie))


def test_add_movie(session):
    add_movie(session, "Tenet")
    assert count(session) == 1


def test_fails_after_commit(session):
    add_movie(session, "Alien")
    assert False


def test_import_movies(session_factory):
    import_movies(session_factory, ["Dune", "Heat"])
    with session_factory() as session:
        assert count(session) == 2
'''


class Outcomes:
    def pytest_runtest_logreport(self, report):
        if report.when == "call":
            print(report.nodeid, report.outcome)


with tempfile.TemporaryDirectory() as folder:
    url = f"sqlite:///{folder}/test.db"
    (Path(folder) / "app.py").write_text(APP)  # (2)!
    os.environ["DATABASE_URL"] = url
    (Path(folder) / "conftest.py").write_text(CONFTEST)  # (3)!
    (Path(folder) / "test_app.py").write_text(TESTS)  # (4)!
    (Path(folder) / "pytest.ini").write_text("[pytest]\n")
    exit_code = pytest.main(["-p", "no:terminal", "-p", "no:cacheprovider", folder],
                            plugins=[Outcomes()])  # (5)!
    print("pytest:", pytest.ExitCode(exit_code).name)
    engine = create_engine(url)
    with engine.connect() as connection:
        left = connection.scalar(text("SELECT count(*) FROM movies"))
        print("rows left:", left)  # (6)!
    engine.dispose()
