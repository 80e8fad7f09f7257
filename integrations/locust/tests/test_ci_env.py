"""The CI table against the fixture shared with lib/domain/ci/ci-env.test.ts (TypeScript): same env, same answer."""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from swarmlens_locust.ci_env import CI_RULES, build_of, ci_metadata  # noqa: E402

with open(os.path.join(os.path.dirname(__file__), "ci_env_cases.json"), encoding="utf-8") as f:
    CASES = json.load(f)["cases"]


class CiEnvTest(unittest.TestCase):
    def test_every_case_of_the_shared_fixture(self):
        self.assertGreater(len(CASES), 10)
        for case in CASES:
            with self.subTest(case["name"]):
                got = dict(ci_metadata(case["env"]), build=build_of(case["env"]))
                self.assertEqual(got, case["expected"])

    def test_every_ci_of_the_table_has_a_case_in_the_typescript_order(self):
        names = [name for name, _, _ in CI_RULES]
        self.assertEqual(
            names, ["GitHub Actions", "GitLab CI", "Buildkite", "CircleCI", "Azure Pipelines", "Jenkins"]
        )
        self.assertEqual(set(names) - {c["expected"]["ci"] for c in CASES}, set())


if __name__ == "__main__":
    unittest.main()
