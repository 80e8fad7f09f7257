-- AlterTable
ALTER TABLE "run_file" ADD COLUMN "encoding_confidence" REAL;
