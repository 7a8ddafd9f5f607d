from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("sqlite://")

# --8<-- [start:naming]
SessionLocal = sessionmaker(engine)  # (1)!


def describe(session: Session) -> str:  # (2)!
    return type(session).__name__


with SessionLocal() as session:
    print("the factory is a", type(SessionLocal).__name__)
    print("it makes a", describe(session))
    print("isinstance(session, Session):", isinstance(session, Session))
# --8<-- [end:naming]
