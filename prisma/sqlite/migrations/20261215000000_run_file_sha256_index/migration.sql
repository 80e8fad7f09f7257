-- CreateIndex
CREATE INDEX "run_file_sha256_idx" ON "run_file"("sha256");
