-- AlterTable
ALTER TABLE "criteria_set" ADD COLUMN "applies_to" JSONB;
