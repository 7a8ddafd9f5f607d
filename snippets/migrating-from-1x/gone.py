from sqlalchemy import column, create_engine, select, text
from sqlalchemy.orm import selectinload

engine = create_engine("sqlite://")
with engine.connect() as conn:
    row = conn.execute(text("SELECT 'Tenet' AS title")).first()
    one_x = {
        'row["title"]': lambda: row["title"],  # (1)!
        "select([...])": lambda: select([column("title")]),  # (2)!
        "x=1": lambda: conn.execute(text("SELECT :x"), x=1),  # (3)!
        '"movies"': lambda: selectinload("movies"),  # (4)!
    }
    for name, call in one_x.items():
        try:
            call()
        except Exception as error:
            print(f"{name}: {type(error).__name__}")
