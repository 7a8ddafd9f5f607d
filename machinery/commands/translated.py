"""./dev translated PAGE...   record that each page pair says the same in both languages (after you checked it).

PAGE is a page name (`stale-data`) or either file of the pair (`docs/stale-data.en.md`); `--all` marks every pair.
It writes `checked_against: <fingerprint of the other language's page>` into both pages' front matter
(machinery/translation.py), which tests/test_translation.py compares with the pages as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

from machinery.layout import page_names, rel
from machinery.translation import mark_in_step


def main(argv: list[str]) -> int:
    names = page_names() if argv == ["--all"] else [Path(a).name.split(".")[0] for a in argv]
    unknown = [n for n in names if n not in page_names()]
    if not names or unknown:
        print(__doc__.strip() + (f"\n\nno such page: {', '.join(unknown)}" if unknown else ""), file=sys.stderr)
        return 2
    for name in names:
        print("in step:", " + ".join(rel(path) for path in mark_in_step(name)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
