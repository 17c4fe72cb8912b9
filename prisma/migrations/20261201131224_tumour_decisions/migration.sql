-- CreateTable
CREATE TABLE "TumourDecision" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "ruleId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "otherRegistrationId" UUID NOT NULL,
    "otherReference" TEXT,
    "choice" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TumourDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TumourDecision_registrationId_otherRegistrationId_key" ON "TumourDecision"("registrationId", "otherRegistrationId");

-- AddForeignKey
ALTER TABLE "TumourDecision" ADD CONSTRAINT "TumourDecision_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TumourDecision" ADD CONSTRAINT "TumourDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
