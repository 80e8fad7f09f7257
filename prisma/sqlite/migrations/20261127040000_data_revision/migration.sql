-- CreateTable
CREATE TABLE "data_revision" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

INSERT INTO "data_revision" ("id", "value") VALUES (1, 0);
