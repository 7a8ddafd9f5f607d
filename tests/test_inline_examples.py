"""Python blocks written inline in the Markdown (both languages) run as is and print what their `#>` lines say.

Blocks that only include a snippet (`--8<--`) are the snippet test's business and are not re-run here.
To update the `#>` lines after an intended change: pytest tests/test_inline_examples.py --update-examples
"""

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from harness import DOCS

EXAMPLES = [ex for ex in find_examples(DOCS) if "--8<--" not in ex.source]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_inline_example_runs_and_prints_what_it_says(example: CodeExample, eval_example: EvalExample):
    if eval_example.update_examples:
        eval_example.run_print_update(example)
    else:
        eval_example.run_print_check(example)
