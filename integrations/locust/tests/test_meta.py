"""The pure parts of the plugin: versions, the locustfile's hash, task and run tags, the meta object."""

import hashlib
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from swarmlens_locust import meta  # noqa: E402

DPKG_STATUS = """Package: python3-flask
Status: install ok installed
Version: 2.2.2-3

Package: python3-locust
Status: install ok installed
Priority: optional
Version: 2.12.1-1
Depends: python3-gevent,
 python3-zmq (>= 16.0.2)

Package: locust-old
Status: deinstall ok config-files
Version: 1:0.9-1
"""


class VersionTest(unittest.TestCase):
    def test_locust_reports_its_version(self):
        self.assertEqual(meta.locust_version("2.46.3", lambda: "x", lambda: "y"), "2.46.3")

    def test_debian_reports_none_then_the_distribution_then_dpkg(self):
        self.assertEqual(meta.locust_version("", lambda: "2.12.1", lambda: "y"), "2.12.1")
        self.assertEqual(meta.locust_version("", lambda: "0.0.0", lambda: "2.12.1"), "2.12.1")

    def test_a_fallback_that_fails_is_no_answer(self):
        def fails():
            raise OSError("no such file")

        self.assertIsNone(meta.locust_version("", fails, fails))
        self.assertIsNone(meta.locust_version(None, lambda: None, lambda: "0.0.0"))

    def test_dpkg_status_upstream_version(self):
        self.assertEqual(meta.debian_upstream_version(DPKG_STATUS, "python3-locust"), "2.12.1")
        self.assertIsNone(meta.debian_upstream_version(DPKG_STATUS, "locust-old"))  # not installed
        self.assertIsNone(meta.debian_upstream_version(DPKG_STATUS, "python3-nothing"))
        epoch = "Package: p\nStatus: install ok installed\nVersion: 2:1.4.0+dfsg-2ubuntu1\n"
        self.assertEqual(meta.debian_upstream_version(epoch, "p"), "1.4.0+dfsg")


class LocustfileTest(unittest.TestCase):
    def test_one_file_its_name_and_sha256(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "shop_locustfile.py")
            with open(path, "wb") as f:
                f.write(b"from locust import HttpUser\n")
            fields = meta.locustfile_fields(path)
        self.assertEqual(fields["locustfile"], "shop_locustfile.py")
        self.assertEqual(fields["locustfileSha256"], hashlib.sha256(b"from locust import HttpUser\n").hexdigest())

    def test_several_files_or_none(self):
        self.assertEqual(
            meta.locustfile_fields("a.py,b.py"), {"locustfile": "a.py,b.py", "locustfileSha256": None}
        )
        self.assertEqual(meta.locustfile_fields(None), {"locustfile": None, "locustfileSha256": None})


class FieldsTest(unittest.TestCase):
    def test_text_refuses_what_the_server_would(self):
        self.assertEqual(meta.text("  main ", 10), "main")
        self.assertIsNone(meta.text("x" * 11, 10))
        self.assertIsNone(meta.text("a\nb", 10))
        self.assertIsNone(meta.text("   ", 10))

    def test_positive(self):
        self.assertEqual(meta.positive(5), 5)
        self.assertIsInstance(meta.positive(5.0), int)
        self.assertEqual(meta.positive(2.5), 2.5)
        self.assertIsNone(meta.positive(0))
        self.assertIsNone(meta.positive(None))
        self.assertIsNone(meta.positive("nan"))

    def test_iso_utc(self):
        self.assertEqual(meta.iso_utc(1767225600.25), "2026-01-01T00:00:00.250Z")

    def test_tags(self):
        self.assertEqual(meta.run_tags(" ci, nightly,,ci ,"), ["ci", "nightly"])
        self.assertEqual(meta.run_tags(None), [])
        self.assertIsNone(meta.task_tags(None, None))
        self.assertIsNone(meta.task_tags([], None))
        self.assertEqual(meta.task_tags(["checkout"], ["slow"]), {"tags": ["checkout"], "excludeTags": ["slow"]})

    def test_build_meta_every_key_the_server_takes(self):
        env = {"GITLAB_CI": "true", "CI_COMMIT_SHA": "a" * 40, "CI_COMMIT_BRANCH": "main", "CI_ENVIRONMENT_NAME": "qa"}
        m = meta.build_meta(
            env=env,
            locustfile=None,
            host="http://127.0.0.1:8000",
            version="2.12.1",
            peak_users=5,
            spawn_rate=5.0,
            start_s=1767225600.0,
            end_s=1767225615.5,
            tags=None,
            exclude_tags=["slow"],
            profile=None,
        )
        self.assertEqual(
            m,
            {
                "source": "locust-plugin",
                "commit": "a" * 40,
                "branch": "main",
                "environment": "qa",
                "buildUrl": None,
                "locustfile": None,
                "locustfileSha256": None,
                "host": "http://127.0.0.1:8000",
                "profile": None,
                "locustVersion": "2.12.1",
                "userCount": 5,
                "spawnRate": 5,
                "startTime": "2026-01-01T00:00:00.000Z",
                "endTime": "2026-01-01T00:00:15.500Z",
                "locustTags": {"tags": None, "excludeTags": ["slow"]},
            },
        )


if __name__ == "__main__":
    unittest.main()
