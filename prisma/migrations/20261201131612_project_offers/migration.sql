-- CreateEnum
CREATE TYPE "ProjectOfferStatus" AS ENUM ('OPEN', 'LATER', 'NEVER', 'STARTED');

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "sourceRegistrationId" UUID;

-- CreateTable
CREATE TABLE "ProjectOffer" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "sourceRegistrationId" UUID NOT NULL,
    "projectModuleId" TEXT NOT NULL,
    "status" "ProjectOfferStatus" NOT NULL DEFAULT 'OPEN',
    "patientKey" TEXT,
    "mocDate" DATE,
    "projectRegistrationId" UUID,
    "prefilledFields" JSONB,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectOffer_organisationId_projectModuleId_patientKey_idx" ON "ProjectOffer"("organisationId", "projectModuleId", "patientKey");

-- CreateIndex
CREATE INDEX "ProjectOffer_organisationId_status_createdAt_idx" ON "ProjectOffer"("organisationId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectOffer_sourceRegistrationId_projectModuleId_key" ON "ProjectOffer"("sourceRegistrationId", "projectModuleId");

-- CreateIndex
CREATE INDEX "Registration_sourceRegistrationId_idx" ON "Registration"("sourceRegistrationId");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_sourceRegistrationId_fkey" FOREIGN KEY ("sourceRegistrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOffer" ADD CONSTRAINT "ProjectOffer_sourceRegistrationId_fkey" FOREIGN KEY ("sourceRegistrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOffer" ADD CONSTRAINT "ProjectOffer_projectRegistrationId_fkey" FOREIGN KEY ("projectRegistrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
