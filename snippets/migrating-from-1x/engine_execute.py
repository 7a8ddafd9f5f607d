from sqlalchemy import create_engine, exc, text
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
with engine.begin() as connection:
    connection.execute(text("CREATE TABLE movies (title VARCHAR(100))"))

engine.echo = True

# --8<-- [start:gone]
try:
    engine.execute("SELECT count(*) FROM movies")  # (1)!
except AttributeError as error:
    print(error)

with engine.connect() as connection:
    try:
        connection.execute("SELECT count(*) FROM movies")  # (2)!
    except exc.ObjectNotExecutableError as error:
        print(error)
    with Session(bind=connection) as session:
        try:
            session.execute("SELECT count(*) FROM movies")
        except exc.ArgumentError as error:
            print(error)
    # --8<-- [end:gone]
    # --8<-- [start:no-autocommit]
    connection.execute(text("INSERT INTO movies VALUES ('Tenet')"))  # (3)!
# --8<-- [end:no-autocommit]

# --8<-- [start:commit]
with engine.connect() as connection:
    print(connection.scalar(text("SELECT count(*) FROM movies")))
    connection.execute(text("INSERT INTO movies VALUES ('Dune')"))
    connection.commit()  # (4)!
    print(connection.scalar(text("SELECT count(*) FROM movies")))
# --8<-- [end:commit]
