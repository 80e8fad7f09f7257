-- AlterTable (a constant default: SQLite adds the column in place, no table rebuild)
ALTER TABLE "project" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
