-- CreateTable
CREATE TABLE "criteria_set" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "baseline_run_id" TEXT,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "criteria_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "criterion" (
    "id" TEXT NOT NULL,
    "set_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "relative" TEXT,
    "floor_ms" DOUBLE PRECISION,
    "min_requests" DOUBLE PRECISION,
    "severity" TEXT NOT NULL DEFAULT 'must',

    CONSTRAINT "criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_off" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "set_id" TEXT,
    "run_id" TEXT,
    "set_name" TEXT NOT NULL,
    "run_label" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "note" TEXT,
    "results" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_off_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap_phase" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roadmap_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap_item" (
    "id" TEXT NOT NULL,
    "phase_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "priority" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT,
    "expected_impact" TEXT,
    "owner" TEXT,
    "status" TEXT NOT NULL DEFAULT 'todo',
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "roadmap_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap_item_criterion" (
    "item_id" TEXT NOT NULL,
    "criterion_id" TEXT NOT NULL,

    CONSTRAINT "roadmap_item_criterion_pkey" PRIMARY KEY ("item_id","criterion_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "criteria_set_project_id_name_key" ON "criteria_set"("project_id", "name");

-- CreateIndex
CREATE INDEX "criterion_set_id_position_idx" ON "criterion"("set_id", "position");

-- CreateIndex
CREATE INDEX "sign_off_project_id_created_at_idx" ON "sign_off"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "roadmap_phase_project_id_position_idx" ON "roadmap_phase"("project_id", "position");

-- CreateIndex
CREATE INDEX "roadmap_item_phase_id_position_idx" ON "roadmap_item"("phase_id", "position");

-- CreateIndex
CREATE INDEX "roadmap_item_criterion_criterion_id_idx" ON "roadmap_item_criterion"("criterion_id");

-- AddForeignKey
ALTER TABLE "criteria_set" ADD CONSTRAINT "criteria_set_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criteria_set" ADD CONSTRAINT "criteria_set_baseline_run_id_fkey" FOREIGN KEY ("baseline_run_id") REFERENCES "run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criterion" ADD CONSTRAINT "criterion_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "criteria_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_off" ADD CONSTRAINT "sign_off_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_off" ADD CONSTRAINT "sign_off_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "criteria_set"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_off" ADD CONSTRAINT "sign_off_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_phase" ADD CONSTRAINT "roadmap_phase_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_item" ADD CONSTRAINT "roadmap_item_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "roadmap_phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_item_criterion" ADD CONSTRAINT "roadmap_item_criterion_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "roadmap_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_item_criterion" ADD CONSTRAINT "roadmap_item_criterion_criterion_id_fkey" FOREIGN KEY ("criterion_id") REFERENCES "criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

