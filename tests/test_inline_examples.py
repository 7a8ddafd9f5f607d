"""Python blocks written inline in the Markdown (both languages) run as is and print what their `#>` lines say.

Blocks that only include a snippet (`--8<--`) are the snippet tests' business and are not re-run here. To update
the `#>` lines after an intended change: ./dev record (it runs this file with --update-examples).
"""


import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from machinery.layout import DOCS, pages, rel
from machinery.syntax import code_blocks

INLINE_TIMEOUT = 30  # seconds: an example that loops forever fails, it does not hang the suite
EXAMPLES = [ex for ex in find_examples(DOCS) if "--8<--" not in ex.source]


def where(example: CodeExample) -> str:
    return f"{rel(example.path)}:{example.start_line}"


def test_every_python_block_is_run():
    """pytest-examples finds only ``` fences; a block it cannot see would never run."""
    seen = {(rel(ex.path), ex.source.strip("\n")) for ex in find_examples(DOCS)}
    unseen = [f"{rel(page)}:{block.line}" for page in pages() for block in code_blocks(page.read_text(encoding="utf-8"))
              if block.language in ("py", "python") and (rel(page), block.body.strip("\n")) not in seen]
    assert not unseen, (
        "Python blocks that no test runs (write them as ```python fences, not ~~~, at the indentation of the "
        "text around them):\n" + "\n".join(unseen)
    )


@pytest.mark.timeout(INLINE_TIMEOUT)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_inline_example_runs_and_prints_what_it_says(example: CodeExample, eval_example: EvalExample):
    message = None
    try:
        if eval_example.update_examples:
            eval_example.run_print_update(example)
        else:
            eval_example.run_print_check(example)
    except AssertionError:
        raise
    except BaseException as exc:  # what the example raised: named, with the line it came from
        if isinstance(exc, (KeyboardInterrupt, pytest.fail.Exception)) or type(exc).__name__ == "Timeout":
            raise
        # Not traceback.format_exception: the example's code positions do not match a file, and formatting them
        # crashes (pytest too, as an INTERNALERROR). The line numbers alone are safe.
        lines, tb = [], exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == str(example.path):
                lines.append(tb.tb_lineno)
            tb = tb.tb_next
        at = f", at {rel(example.path)}:{lines[-1]}" if lines else ""
        message = (f"{where(example)}: the example raises {type(exc).__name__}: {exc}{at}. Make the block run as "
                   "is (it is copied and run by readers), then check its #> lines with ./dev record.")
    if message:  # raised here, outside the except block: no chained traceback for pytest to format
        pytest.fail(message, pytrace=False)
