"""Which modules a real ``copylint`` process imported: shared by the start-up tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def loaded_after(args: list[str], article: Path) -> tuple[str, set[str]]:
    """Run ``copylint ARGS ARTICLE`` in a fresh interpreter (twice: the first run may write the
    rule index) and return its stdout and the names of the modules it had imported."""
    code = (
        "import json, sys\n"
        "from copylint.cli import main\n"
        f"sys.argv = ['copylint', *{args!r}, {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return out.stdout, set(json.loads(out.stderr.strip().splitlines()[-1]))
