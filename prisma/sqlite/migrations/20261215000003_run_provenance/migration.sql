-- AlterTable
ALTER TABLE "run" ADD COLUMN "branch" TEXT;
ALTER TABLE "run" ADD COLUMN "build_url" TEXT;
ALTER TABLE "run" ADD COLUMN "commit" TEXT;
ALTER TABLE "run" ADD COLUMN "environment" TEXT;
ALTER TABLE "run" ADD COLUMN "locust_tags" JSONB;
ALTER TABLE "run" ADD COLUMN "locustfile_sha256" TEXT;
ALTER TABLE "run" ADD COLUMN "profile" TEXT;
ALTER TABLE "run" ADD COLUMN "source" TEXT;

-- CreateIndex
CREATE INDEX "run_branch_created_at_id_idx" ON "run"("branch", "created_at", "id");

-- CreateIndex
CREATE INDEX "run_environment_created_at_id_idx" ON "run"("environment", "created_at", "id");

