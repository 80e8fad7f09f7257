-- AlterTable
ALTER TABLE "project" ADD COLUMN "history_alpha" REAL;
ALTER TABLE "project" ADD COLUMN "history_branch" TEXT;
ALTER TABLE "project" ADD COLUMN "history_era_rules" JSONB;
ALTER TABLE "project" ADD COLUMN "history_min_magnitude" REAL;
ALTER TABLE "project" ADD COLUMN "history_window" INTEGER;

-- CreateTable
CREATE TABLE "run_figure" (
    "run_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "scope_key" TEXT NOT NULL,
    "goodput_rps" REAL,
    "median_ms" REAL,
    "p95_ms" REAL,
    "p99_ms" REAL,
    "failure_rate" REAL,
    "steady_goodput_rps" REAL,
    "steady_median_ms" REAL,
    "steady_p95_ms" REAL,
    "steady_p99_ms" REAL,
    "steady_failure_rate" REAL,

    PRIMARY KEY ("run_id", "position"),
    CONSTRAINT "run_figure_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "history_job" (
    "project_id" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "requested_at" DATETIME NOT NULL,
    "run_id" TEXT,
    "lease_until" DATETIME,
    "lease_owner" TEXT,

    PRIMARY KEY ("project_id", "part"),
    CONSTRAINT "history_job_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "history_series" (
    "project_id" TEXT NOT NULL,
    "series_key" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "era_start_run_id" TEXT NOT NULL,
    "through_run_id" TEXT NOT NULL,
    "seen" INTEGER NOT NULL,
    "settings_key" TEXT NOT NULL,
    "values" BLOB NOT NULL,
    "positions" BLOB NOT NULL,
    "state" JSONB NOT NULL,
    "updated_at" DATETIME NOT NULL,

    PRIMARY KEY ("project_id", "series_key"),
    CONSTRAINT "history_series_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "change_point" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "project_id" TEXT NOT NULL,
    "series_key" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "previous_run_id" TEXT NOT NULL,
    "era_start_run_id" TEXT NOT NULL,
    "magnitude" REAL,
    "magnitude_low" REAL,
    "magnitude_high" REAL,
    "p_value" REAL NOT NULL,
    "mean_before" REAL NOT NULL,
    "mean_after" REAL NOT NULL,
    "metadata_changes" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "decided_by" TEXT,
    "decided_at" DATETIME,
    "detected_at" DATETIME NOT NULL,
    CONSTRAINT "change_point_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "baseline_rule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "run_id" TEXT,
    "spec" TEXT,
    "last_n" INTEGER,
    "created_by" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "baseline_rule_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "run_figure_project_id_scope_key_idx" ON "run_figure"("project_id", "scope_key");

-- CreateIndex
CREATE INDEX "history_job_lease_until_idx" ON "history_job"("lease_until");

-- CreateIndex
CREATE INDEX "history_series_project_id_part_idx" ON "history_series"("project_id", "part");

-- CreateIndex
CREATE INDEX "change_point_project_id_status_detected_at_idx" ON "change_point"("project_id", "status", "detected_at");

-- CreateIndex
CREATE UNIQUE INDEX "change_point_project_id_series_key_run_id_key" ON "change_point"("project_id", "series_key", "run_id");

-- CreateIndex
CREATE UNIQUE INDEX "baseline_rule_project_id_name_key" ON "baseline_rule"("project_id", "name");

