-- DropIndex
DROP INDEX "run_project_id_created_at_idx";

-- CreateIndex
CREATE INDEX "run_project_id_created_at_id_idx" ON "run"("project_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "run_created_at_id_idx" ON "run"("created_at", "id");

-- CreateIndex
CREATE INDEX "criteria_set_baseline_run_id_idx" ON "criteria_set"("baseline_run_id");

-- CreateIndex
CREATE INDEX "sign_off_set_id_idx" ON "sign_off"("set_id");

-- CreateIndex
CREATE INDEX "sign_off_run_id_idx" ON "sign_off"("run_id");
