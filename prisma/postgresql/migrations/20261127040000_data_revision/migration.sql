-- CreateTable
CREATE TABLE "data_revision" (
    "id" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "data_revision_pkey" PRIMARY KEY ("id")
);

INSERT INTO "data_revision" ("id", "value") VALUES (1, 0);
