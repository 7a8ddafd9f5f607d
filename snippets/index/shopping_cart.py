import tempfile
from pathlib import Path

from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))


with tempfile.TemporaryDirectory() as folder:
    engine = create_engine(f"sqlite:///{Path(folder) / 'shop.db'}")  # (1)!
    Base.metadata.create_all(engine)

    def rows_in_database() -> int:
        with Session(engine) as session:  # (2)!
            return session.scalar(select(func.count()).select_from(Item))

    # --8<-- [start:checkout]
    with Session(engine) as cart:
        cart.add_all([Item(name="popcorn"), Item(name="ticket")])  # (3)!
        print("in the cart:", len(cart.new), "| in the database:", rows_in_database())
        cart.commit()  # (4)!
    print("after checkout, in the database:", rows_in_database())
    # --8<-- [end:checkout]

    # --8<-- [start:empty-cart]
    with Session(engine) as cart:
        cart.add(Item(name="soda"))
        cart.rollback()  # (5)!
    print("after emptying the cart, in the database:", rows_in_database())
    # --8<-- [end:empty-cart]
    engine.dispose()
