"""The Locust side: options, one recording per test, the upload when the test ends.

Events used (all in Locust since 2.0.0): init_command_line_parser, test_start, test_stop, spawning_complete,
quitting; `quit` (2.8.4+) when present. Only the process that owns the statistics records and sends: a
standalone Locust or the master, never a worker.

When a test stops (headless end, the web UI's Stop, Ctrl-C, the master of a distributed test) the plugin
writes Locust's CSVs with Locust's own StatsCSVFileWriter (stats, full stats history, failures, exceptions),
waits a little over CSV_STATS_INTERVAL_SEC (so that a master has its workers' last reports and Locust's own
--csv writer has written the same final figures), and POSTs them to /api/runs with the `meta` field. Nothing
here may fail or hang the test: every error becomes one line on stderr, the upload has a deadline
(--swarmlens-timeout), and the files of a failed upload stay on disk for `swarmlens upload`.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import sys
from typing import Any, List, Optional

import gevent
import locust
from locust import events
from locust.runners import WorkerRunner

from .ci_env import build_of
from .meta import build_meta, debian_upstream_version, locust_version, run_tags, text
from .options import DEFAULT_TIMEOUT_S, add_options
from .recording import INTERVAL_S, Recording
from .upload import UploadError, files_of, post_run

#: Seconds waited after a test stops before its final figures are read (a master's workers report within 0.5 s).
SETTLE_S = INTERVAL_S + 0.5
DEBIAN_DIST_PACKAGES = "/usr/lib/python3/dist-packages/"


def say(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    sys.stderr.write("swarmlens: " + " ".join(message.split()) + "\n")
    sys.stderr.flush()


def installed_locust_version() -> Optional[str]:
    def distribution() -> Optional[str]:
        return importlib.import_module("importlib.metadata").version("locust")

    def debian() -> Optional[str]:
        if not os.path.realpath(locust.__file__).startswith(DEBIAN_DIST_PACKAGES):
            return None
        with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
            return debian_upstream_version(f.read(), "python3-locust")

    return locust_version(getattr(locust, "__version__", None), distribution, debian)


class SwarmlensPlugin:
    def __init__(self) -> None:
        #: The environment of the last test (the `quit` event does not name it).
        self.environment: Any = None
        self.recording: Optional[Recording] = None
        #: Tests started so far: a recording's final figures are read again only if no new test began.
        self.generation = 0
        self.pending: List[Any] = []

    @staticmethod
    def options(environment: Any) -> Any:
        return getattr(environment, "parsed_options", None)

    def enabled(self, environment: Any) -> bool:
        url = getattr(self.options(environment), "swarmlens_url", "")
        return bool(url) and not isinstance(environment.runner, WorkerRunner)

    def on_test_start(self, environment: Any, **_: Any) -> None:
        try:
            if not self.enabled(environment):
                return
            self.environment = environment
            self.generation += 1
            if self.recording is not None:  # a start without a stop: that test's figures are gone
                self.recording.sampler.kill(block=False)
            locustfile = getattr(self.options(environment), "locustfile", None) or "locust"
            stem = os.path.splitext(os.path.basename(str(locustfile).split(",")[0].rstrip("/")))[0]
            self.recording = Recording(environment, re.sub(r"[^A-Za-z0-9._-]+", "-", stem) or "locust")
        except Exception as e:
            self.recording = None
            say(f"cannot record this test for Swarmlens ({type(e).__name__}: {e}); nothing will be sent")

    def on_spawning_complete(self, user_count: Any = None, **_: Any) -> None:
        if self.recording is not None:
            self.recording.saw_users(user_count)

    def on_test_stop(self, environment: Any, **_: Any) -> None:
        recording, self.recording = self.recording, None
        if recording is None:
            return
        try:
            recording.stop()
        except Exception as e:
            say(f"could not write the test's files ({type(e).__name__}: {e}); they are in {recording.folder}")
            return
        self.pending.append(gevent.spawn(self._send, environment, recording, self.generation))

    def on_quitting(self, environment: Any, **_: Any) -> None:
        # Ctrl-C or SIGTERM: Locust stops the runner after this event. Where `quit` exists (2.8.4+) the test_stop
        # that follows sends the run and `quit` waits for it; before, the figures are taken now.
        if self.recording is not None and not hasattr(environment.events, "quit"):
            self.on_test_stop(environment)
        self.wait_for_uploads(environment)

    def wait_for_uploads(self, environment: Any, **_: Any) -> None:
        timeout_s = float(getattr(self.options(environment), "swarmlens_timeout", DEFAULT_TIMEOUT_S))
        gevent.joinall(self.pending, timeout=SETTLE_S + timeout_s + 5)
        self.pending = [g for g in self.pending if not g.ready()]

    def _send(self, environment: Any, recording: Recording, generation: int) -> None:
        opts = self.options(environment)
        url = str(getattr(opts, "swarmlens_url", ""))
        try:
            gevent.sleep(SETTLE_S)
            if generation == self.generation:  # no new test has cleared the statistics since
                recording.write_totals()
            recording.writer.close_files()
            timeout_s = float(getattr(opts, "swarmlens_timeout", DEFAULT_TIMEOUT_S))
            token = getattr(opts, "swarmlens_token", "") or None
            fields = self._fields(environment, recording)
            with gevent.Timeout(timeout_s, UploadError(f"no answer within {timeout_s:g} s")):
                answer = post_run(url, fields, files_of(recording.folder), token, timeout_s)
            shutil.rmtree(recording.folder, ignore_errors=True)
            say(f"run stored: {answer['url']}")
        except Exception as e:
            reason = str(e) if isinstance(e, UploadError) else f"{type(e).__name__}: {e}"
            say(
                f"upload to {url} failed ({reason}); the test's files are kept in {recording.folder} "
                f"(send them later: npx swarmlens upload {recording.folder} --server {url})"
            )

    def _fields(self, environment: Any, recording: Recording) -> List[Any]:
        opts = self.options(environment)
        runner = environment.runner
        meta = build_meta(
            env=os.environ,
            locustfile=getattr(opts, "locustfile", None),
            host=environment.host or getattr(opts, "host", None),
            version=installed_locust_version(),
            peak_users=recording.peak_users,
            spawn_rate=getattr(runner, "spawn_rate", None) or getattr(opts, "spawn_rate", None),
            start_s=recording.start_s,
            end_s=recording.end_s,
            tags=getattr(opts, "tags", None),
            exclude_tags=getattr(opts, "exclude_tags", None),
            profile=getattr(opts, "profile", None),
        )
        fields = [("meta", json.dumps(meta))]
        for name, value in (
            ("project", text(getattr(opts, "swarmlens_project", ""), 200)),
            ("label", text(getattr(opts, "swarmlens_label", ""), 200)),
            ("tags", ",".join(run_tags(getattr(opts, "swarmlens_tags", "")))),
            ("build", text(build_of(os.environ), 100)),
        ):
            if value:
                fields.append((name, value))
        return fields


_plugin: Optional[SwarmlensPlugin] = None


def register() -> SwarmlensPlugin:
    """Listens to Locust's events (once, however often the package is imported)."""
    global _plugin
    if _plugin is None:
        plugin = _plugin = SwarmlensPlugin()
        events.init_command_line_parser.add_listener(add_options)
        events.test_start.add_listener(plugin.on_test_start)
        events.spawning_complete.add_listener(plugin.on_spawning_complete)
        events.test_stop.add_listener(plugin.on_test_stop)
        events.quitting.add_listener(plugin.on_quitting)
        if hasattr(events, "quit"):
            events.quit.add_listener(lambda **_: plugin.wait_for_uploads(plugin.environment))
    return _plugin
