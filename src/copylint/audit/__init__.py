"""Archive audits: lint a whole archive into Parquet tables and an offline dashboard.

``copylint audit SOURCE -o OUT/`` reads a folder of articles or a JSON Lines / Parquet file of
records, lints them partition by partition (local processes, or a Dask cluster with
``--scheduler``), writes ``OUT/diagnostics/`` and ``OUT/articles/`` Parquet tables one partition
at a time (an interrupted audit resumes where it stopped; a partition is committed once), and
draws ``OUT/report.html``.

Needs the ``audit`` extra (pyarrow, matplotlib); ``--scheduler`` needs the ``dask`` extra.
"""

from __future__ import annotations

from copylint.audit.plan import AuditError, Partition, plan_partitions
from copylint.audit.run import AuditJob, AuditResult, run_audit

__all__ = ["AuditError", "AuditJob", "AuditResult", "Partition", "plan_partitions", "run_audit"]
