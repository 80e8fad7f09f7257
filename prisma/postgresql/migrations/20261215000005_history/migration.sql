-- AlterTable
ALTER TABLE "project" ADD COLUMN     "history_alpha" DOUBLE PRECISION,
ADD COLUMN     "history_branch" TEXT,
ADD COLUMN     "history_era_rules" JSONB,
ADD COLUMN     "history_min_magnitude" DOUBLE PRECISION,
ADD COLUMN     "history_window" INTEGER;

-- CreateTable
CREATE TABLE "run_figure" (
    "run_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "scope_key" TEXT NOT NULL,
    "goodput_rps" DOUBLE PRECISION,
    "median_ms" DOUBLE PRECISION,
    "p95_ms" DOUBLE PRECISION,
    "p99_ms" DOUBLE PRECISION,
    "failure_rate" DOUBLE PRECISION,
    "steady_goodput_rps" DOUBLE PRECISION,
    "steady_median_ms" DOUBLE PRECISION,
    "steady_p95_ms" DOUBLE PRECISION,
    "steady_p99_ms" DOUBLE PRECISION,
    "steady_failure_rate" DOUBLE PRECISION,

    CONSTRAINT "run_figure_pkey" PRIMARY KEY ("run_id","position")
);

-- CreateTable
CREATE TABLE "history_job" (
    "project_id" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL,
    "run_id" TEXT,
    "lease_until" TIMESTAMP(3),
    "lease_owner" TEXT,

    CONSTRAINT "history_job_pkey" PRIMARY KEY ("project_id","part")
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
    "values" BYTEA NOT NULL,
    "positions" BYTEA NOT NULL,
    "state" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "history_series_pkey" PRIMARY KEY ("project_id","series_key")
);

-- CreateTable
CREATE TABLE "change_point" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "series_key" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "previous_run_id" TEXT NOT NULL,
    "era_start_run_id" TEXT NOT NULL,
    "magnitude" DOUBLE PRECISION,
    "magnitude_low" DOUBLE PRECISION,
    "magnitude_high" DOUBLE PRECISION,
    "p_value" DOUBLE PRECISION NOT NULL,
    "mean_before" DOUBLE PRECISION NOT NULL,
    "mean_after" DOUBLE PRECISION NOT NULL,
    "metadata_changes" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "decided_by" TEXT,
    "decided_at" TIMESTAMP(3),
    "detected_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "change_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "baseline_rule" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "run_id" TEXT,
    "spec" TEXT,
    "last_n" INTEGER,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "baseline_rule_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "run_figure" ADD CONSTRAINT "run_figure_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "history_job" ADD CONSTRAINT "history_job_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "history_series" ADD CONSTRAINT "history_series_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_point" ADD CONSTRAINT "change_point_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "baseline_rule" ADD CONSTRAINT "baseline_rule_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

