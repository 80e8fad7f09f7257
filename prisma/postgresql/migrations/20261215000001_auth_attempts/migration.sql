-- AlterTable
ALTER TABLE "share" ADD COLUMN     "created_by_token_id" TEXT;

-- CreateTable
CREATE TABLE "auth_attempt" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "account" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auth_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "auth_attempt_kind_address_at_idx" ON "auth_attempt"("kind", "address", "at");

-- CreateIndex
CREATE INDEX "auth_attempt_kind_account_at_idx" ON "auth_attempt"("kind", "account", "at");

-- CreateIndex
CREATE INDEX "auth_attempt_kind_at_idx" ON "auth_attempt"("kind", "at");

-- CreateIndex
CREATE INDEX "share_created_by_token_id_idx" ON "share"("created_by_token_id");

