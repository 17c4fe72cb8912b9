-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "subjectOrganisationIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "inszCiphertext" TEXT,
ADD COLUMN     "inszIndex" TEXT,
ADD COLUMN     "keyId" TEXT,
ALTER COLUMN "insz" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PatientSearch" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "queryCiphertext" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatientSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PatientSearch_createdAt_idx" ON "PatientSearch"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectOrganisationIds_idx" ON "AuditEvent" USING GIN ("subjectOrganisationIds");

-- CreateIndex
CREATE UNIQUE INDEX "Person_inszIndex_key" ON "Person"("inszIndex");
