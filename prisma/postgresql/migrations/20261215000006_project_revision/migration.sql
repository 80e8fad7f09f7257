-- AlterTable
ALTER TABLE "project" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

