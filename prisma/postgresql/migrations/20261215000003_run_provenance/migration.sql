-- AlterTable
ALTER TABLE "run" ADD COLUMN     "branch" TEXT,
ADD COLUMN     "build_url" TEXT,
ADD COLUMN     "commit" TEXT,
ADD COLUMN     "environment" TEXT,
ADD COLUMN     "locust_tags" JSONB,
ADD COLUMN     "locustfile_sha256" TEXT,
ADD COLUMN     "profile" TEXT,
ADD COLUMN     "source" TEXT;

-- CreateIndex
CREATE INDEX "run_branch_created_at_id_idx" ON "run"("branch", "created_at", "id");

-- CreateIndex
CREATE INDEX "run_environment_created_at_id_idx" ON "run"("environment", "created_at", "id");

