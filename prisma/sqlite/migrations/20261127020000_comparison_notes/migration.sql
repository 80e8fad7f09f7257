-- CreateTable
CREATE TABLE "comparison_note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "run_ids" JSONB NOT NULL,
    "baseline_run_id" TEXT,
    "notes" TEXT,
    "decisions" TEXT,
    "updated_by" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "comparison_note_key_key" ON "comparison_note"("key");

