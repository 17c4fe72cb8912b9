-- DropIndex
DROP INDEX "Registration_createdAt_idx";

-- DropIndex
DROP INDEX "Registration_moduleId_status_sentAt_idx";

-- DropIndex
DROP INDEX "Registration_organisationId_moduleId_status_updatedAt_idx";

-- DropIndex
DROP INDEX "Registration_responsiblePhysicianId_moduleId_status_updated_idx";

-- CreateIndex
CREATE INDEX "Registration_organisationId_moduleId_status_updatedAt_id_idx" ON "Registration"("organisationId", "moduleId", "status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Registration_organisationId_moduleId_status_sentAt_id_idx" ON "Registration"("organisationId", "moduleId", "status", "sentAt", "id");

-- CreateIndex
CREATE INDEX "Registration_responsiblePhysicianId_moduleId_status_updated_idx" ON "Registration"("responsiblePhysicianId", "moduleId", "status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Registration_responsiblePhysicianId_moduleId_status_sentAt__idx" ON "Registration"("responsiblePhysicianId", "moduleId", "status", "sentAt", "id");

-- CreateIndex
CREATE INDEX "Registration_moduleId_status_sentAt_id_idx" ON "Registration"("moduleId", "status", "sentAt", "id");

-- CreateIndex
CREATE INDEX "Registration_updatedAt_idx" ON "Registration"("updatedAt");
