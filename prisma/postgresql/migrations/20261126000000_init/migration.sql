-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "notes" TEXT,
    "user_count" DOUBLE PRECISION,
    "spawn_rate" DOUBLE PRECISION,
    "start_time" TEXT,
    "end_time" TEXT,
    "duration_s" DOUBLE PRECISION,
    "host" TEXT,
    "locustfile" TEXT,
    "locust_version" TEXT,
    "requests" DOUBLE PRECISION NOT NULL,
    "failures" DOUBLE PRECISION NOT NULL,
    "failure_rate" DOUBLE PRECISION,
    "rps" DOUBLE PRECISION,
    "median_ms" DOUBLE PRECISION,
    "p95_ms" DOUBLE PRECISION,
    "p99_ms" DOUBLE PRECISION,
    "max_ms" DOUBLE PRECISION,
    "endpoint_count" INTEGER NOT NULL,
    "aggregated" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "history" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_tag" (
    "run_id" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "run_tag_pkey" PRIMARY KEY ("run_id","tag")
);

-- CreateTable
CREATE TABLE "endpoint_stat" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "method" TEXT,
    "name" TEXT NOT NULL,
    "requests" DOUBLE PRECISION NOT NULL,
    "failures" DOUBLE PRECISION NOT NULL,
    "median_ms" DOUBLE PRECISION,
    "avg_ms" DOUBLE PRECISION,
    "min_ms" DOUBLE PRECISION,
    "max_ms" DOUBLE PRECISION,
    "avg_size_bytes" DOUBLE PRECISION,
    "rps" DOUBLE PRECISION,
    "failures_per_s" DOUBLE PRECISION,
    "percentiles" JSONB NOT NULL,

    CONSTRAINT "endpoint_stat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transaction_stat" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stats" JSONB NOT NULL,

    CONSTRAINT "transaction_stat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "failure_row" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "method" TEXT,
    "name" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "occurrences" DOUBLE PRECISION NOT NULL,
    "first_seen" TEXT,
    "last_seen" TEXT,

    CONSTRAINT "failure_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exception_row" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "count" DOUBLE PRECISION NOT NULL,
    "message" TEXT NOT NULL,
    "traceback" TEXT NOT NULL,
    "nodes" TEXT NOT NULL,

    CONSTRAINT "exception_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_series" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "is_aggregate" BOOLEAN NOT NULL,
    "method" TEXT,
    "name" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "columns" JSONB NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "run_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_file" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "versions" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "rows" DOUBLE PRECISION,
    "size_bytes" DOUBLE PRECISION NOT NULL,
    "sha256" TEXT NOT NULL,
    "gzip_data" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "project_name_key" ON "project"("name");

-- CreateIndex
CREATE INDEX "run_project_id_created_at_idx" ON "run"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "run_tag_tag_idx" ON "run_tag"("tag");

-- CreateIndex
CREATE INDEX "endpoint_stat_run_id_position_idx" ON "endpoint_stat"("run_id", "position");

-- CreateIndex
CREATE INDEX "transaction_stat_run_id_position_idx" ON "transaction_stat"("run_id", "position");

-- CreateIndex
CREATE INDEX "failure_row_run_id_position_idx" ON "failure_row"("run_id", "position");

-- CreateIndex
CREATE INDEX "exception_row_run_id_position_idx" ON "exception_row"("run_id", "position");

-- CreateIndex
CREATE INDEX "run_series_run_id_position_idx" ON "run_series"("run_id", "position");

-- CreateIndex
CREATE INDEX "run_file_run_id_idx" ON "run_file"("run_id");

-- AddForeignKey
ALTER TABLE "run" ADD CONSTRAINT "run_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_tag" ADD CONSTRAINT "run_tag_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endpoint_stat" ADD CONSTRAINT "endpoint_stat_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transaction_stat" ADD CONSTRAINT "transaction_stat_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "failure_row" ADD CONSTRAINT "failure_row_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exception_row" ADD CONSTRAINT "exception_row_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_series" ADD CONSTRAINT "run_series_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_file" ADD CONSTRAINT "run_file_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

