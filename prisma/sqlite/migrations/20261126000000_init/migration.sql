-- CreateTable
CREATE TABLE "project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "run" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "project_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "notes" TEXT,
    "user_count" REAL,
    "spawn_rate" REAL,
    "start_time" TEXT,
    "end_time" TEXT,
    "duration_s" REAL,
    "host" TEXT,
    "locustfile" TEXT,
    "locust_version" TEXT,
    "requests" REAL NOT NULL,
    "failures" REAL NOT NULL,
    "failure_rate" REAL,
    "rps" REAL,
    "median_ms" REAL,
    "p95_ms" REAL,
    "p99_ms" REAL,
    "max_ms" REAL,
    "endpoint_count" INTEGER NOT NULL,
    "aggregated" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "history" JSONB,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "run_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "run_tag" (
    "run_id" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("run_id", "tag"),
    CONSTRAINT "run_tag_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "endpoint_stat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "method" TEXT,
    "name" TEXT NOT NULL,
    "requests" REAL NOT NULL,
    "failures" REAL NOT NULL,
    "median_ms" REAL,
    "avg_ms" REAL,
    "min_ms" REAL,
    "max_ms" REAL,
    "avg_size_bytes" REAL,
    "rps" REAL,
    "failures_per_s" REAL,
    "percentiles" JSONB NOT NULL,
    CONSTRAINT "endpoint_stat_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "transaction_stat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stats" JSONB NOT NULL,
    CONSTRAINT "transaction_stat_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "failure_row" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "method" TEXT,
    "name" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "occurrences" REAL NOT NULL,
    "first_seen" TEXT,
    "last_seen" TEXT,
    CONSTRAINT "failure_row_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "exception_row" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "count" REAL NOT NULL,
    "message" TEXT NOT NULL,
    "traceback" TEXT NOT NULL,
    "nodes" TEXT NOT NULL,
    CONSTRAINT "exception_row_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "run_series" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "run_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "is_aggregate" BOOLEAN NOT NULL,
    "method" TEXT,
    "name" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "columns" JSONB NOT NULL,
    "data" BLOB NOT NULL,
    CONSTRAINT "run_series_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "run_file" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "run_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "versions" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "rows" REAL,
    "size_bytes" REAL NOT NULL,
    "sha256" TEXT NOT NULL,
    "gzip_data" BLOB NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "run_file_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

