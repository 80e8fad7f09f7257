-- AlterTable
ALTER TABLE "run" ADD COLUMN "build" TEXT;
