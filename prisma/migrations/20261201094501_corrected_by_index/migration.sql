-- CreateIndex
CREATE INDEX "Registration_correctionOfReference_idx" ON "Registration"("correctionOfReference");
