"""One test's CSVs, written by Locust's own StatsCSVFileWriter as `--csv --csv-full-history` writes them."""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

import gevent
from locust import stats as locust_stats

#: Seconds between history rows (Locust's own --csv interval: 1 s).
INTERVAL_S = float(getattr(locust_stats, "CSV_STATS_INTERVAL_SEC", 1))


class Recording:
    """One test's CSVs in a temporary folder, written by Locust's StatsCSVFileWriter as `--csv --csv-full-history`
    writes them; the history gets a row every INTERVAL_S while the test runs."""

    def __init__(self, environment: Any, prefix: str) -> None:
        self.environment = environment
        self.start_s = time.time()
        self.end_s = self.start_s
        self.peak_users = 0
        self.folder = tempfile.mkdtemp(prefix="swarmlens-")
        percentiles = list(locust_stats.PERCENTILES_TO_REPORT)
        base = os.path.join(self.folder, prefix)
        self.writer = locust_stats.StatsCSVFileWriter(environment, percentiles, base, full_history=True)
        self.writer.stats_history_csv_writer.writerow(self.writer.stats_history_csv_columns)
        self.sampler = gevent.spawn(self._sample)

    def saw_users(self, count: Any) -> None:
        if isinstance(count, (int, float)) and count > self.peak_users:
            self.peak_users = count

    def _history_row(self) -> None:
        runner = self.environment.runner
        self.saw_users(runner.user_count if runner is not None else 0)
        self.writer._stats_history_data_rows(self.writer.stats_history_csv_writer, time.time())
        self.writer.stats_history_csv_filehandle.flush()

    def _sample(self) -> None:
        while True:
            self._history_row()
            gevent.sleep(INTERVAL_S)

    def write_totals(self) -> None:
        """stats, failures and exceptions as they stand (header and rows, replacing what was written)."""
        w = self.writer
        for handle, csv_writer, write in (
            (w.requests_csv_filehandle, w.requests_csv_writer, w.requests_csv),
            (w.failures_csv_filehandle, w.failures_csv_writer, w.failures_csv),
            (w.exceptions_csv_filehandle, w.exceptions_csv_writer, w.exceptions_csv),
        ):
            handle.seek(0)
            handle.truncate()
            write(csv_writer)
            handle.flush()

    def stop(self) -> None:
        self.end_s = time.time()
        self.sampler.kill(block=True)
        self._history_row()
        self.write_totals()
