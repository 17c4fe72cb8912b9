-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "incidenceDate" DATE,
ADD COLUMN     "mocDate" DATE;

-- CreateIndex
CREATE INDEX "Registration_organisationId_moduleId_status_incidenceDate_idx" ON "Registration"("organisationId", "moduleId", "status", "incidenceDate");

-- CreateIndex
CREATE INDEX "Registration_organisationId_moduleId_status_mocDate_idx" ON "Registration"("organisationId", "moduleId", "status", "mocDate");

-- CreateIndex
CREATE INDEX "Registration_moduleId_status_mocDate_idx" ON "Registration"("moduleId", "status", "mocDate");
