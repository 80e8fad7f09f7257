-- CreateTable
CREATE TABLE "comparison_note" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "run_ids" JSONB NOT NULL,
    "baseline_run_id" TEXT,
    "notes" TEXT,
    "decisions" TEXT,
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "comparison_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "comparison_note_key_key" ON "comparison_note"("key");

