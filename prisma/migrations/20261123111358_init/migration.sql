-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('HOSPITAL', 'REGISTRY');

-- CreateEnum
CREATE TYPE "MemberFunction" AS ENUM ('SPECIALIST', 'COORDINATOR', 'ADMINISTRATIVE', 'ACCESS_MANAGER', 'REGISTRY_STAFF');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SENT');

-- CreateEnum
CREATE TYPE "ValidationStatus" AS ENUM ('NOT_VALIDATED', 'INVALID', 'VALID', 'VALID_WITH_WARNINGS');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'HOSPITAL',
    "nihii" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "postalCode" TEXT,
    "town" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "insz" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "function" "MemberFunction" NOT NULL,
    "nihii" TEXT,
    "specialty" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibilityLink" (
    "id" UUID NOT NULL,
    "administrativeMembershipId" UUID NOT NULL,
    "physicianMembershipId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponsibilityLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsVersion" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bodyNl" TEXT NOT NULL,
    "bodyFr" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,

    CONSTRAINT "TermsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsAcceptance" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "termsVersionId" UUID NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "membershipId" UUID,
    "actingForMembershipId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Module" (
    "id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Module_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Insurer" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "Insurer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "moduleId" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "responsiblePhysicianId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "createdViaMembershipId" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "validationStatus" "ValidationStatus" NOT NULL DEFAULT 'NOT_VALIDATED',
    "formData" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "reference" TEXT,
    "sentAt" TIMESTAMP(3),
    "sentById" UUID,
    "correctionOfReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationPatient" (
    "registrationId" UUID NOT NULL,
    "identityCiphertext" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "inszIndex" TEXT,
    "insuranceNumberIndex" TEXT,
    "otherIdentifierIndex" TEXT,
    "sex" TEXT,
    "birthYear" INTEGER,
    "insurerCode" TEXT,
    "country" TEXT,
    "identificationPath" TEXT NOT NULL,

    CONSTRAINT "RegistrationPatient_pkey" PRIMARY KEY ("registrationId")
);

-- CreateTable
CREATE TABLE "WarningConfirmation" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "ruleId" TEXT NOT NULL,
    "ruleVersion" INTEGER NOT NULL,
    "fieldPath" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "confirmedById" UUID NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarningConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "moduleId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("moduleId","year")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "personId" UUID,
    "organisationId" UUID,
    "actingForMembershipId" UUID,
    "moduleId" TEXT,
    "registrationId" UUID,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nihii_key" ON "Organisation"("nihii");

-- CreateIndex
CREATE UNIQUE INDEX "Person_insz_key" ON "Person"("insz");

-- CreateIndex
CREATE INDEX "Membership_organisationId_function_idx" ON "Membership"("organisationId", "function");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_personId_organisationId_function_key" ON "Membership"("personId", "organisationId", "function");

-- CreateIndex
CREATE INDEX "ResponsibilityLink_physicianMembershipId_idx" ON "ResponsibilityLink"("physicianMembershipId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibilityLink_administrativeMembershipId_physicianMemb_key" ON "ResponsibilityLink"("administrativeMembershipId", "physicianMembershipId");

-- CreateIndex
CREATE UNIQUE INDEX "TermsVersion_version_key" ON "TermsVersion"("version");

-- CreateIndex
CREATE UNIQUE INDEX "TermsAcceptance_personId_termsVersionId_key" ON "TermsAcceptance"("personId", "termsVersionId");

-- CreateIndex
CREATE INDEX "Session_personId_idx" ON "Session"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Insurer_code_validFrom_key" ON "Insurer"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_reference_key" ON "Registration"("reference");

-- CreateIndex
CREATE INDEX "Registration_organisationId_moduleId_status_updatedAt_idx" ON "Registration"("organisationId", "moduleId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Registration_responsiblePhysicianId_moduleId_status_updated_idx" ON "Registration"("responsiblePhysicianId", "moduleId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Registration_moduleId_status_sentAt_idx" ON "Registration"("moduleId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "Registration_createdAt_idx" ON "Registration"("createdAt");

-- CreateIndex
CREATE INDEX "RegistrationPatient_inszIndex_idx" ON "RegistrationPatient"("inszIndex");

-- CreateIndex
CREATE INDEX "RegistrationPatient_insuranceNumberIndex_idx" ON "RegistrationPatient"("insuranceNumberIndex");

-- CreateIndex
CREATE INDEX "RegistrationPatient_otherIdentifierIndex_idx" ON "RegistrationPatient"("otherIdentifierIndex");

-- CreateIndex
CREATE UNIQUE INDEX "WarningConfirmation_registrationId_ruleId_fieldPath_key" ON "WarningConfirmation"("registrationId", "ruleId", "fieldPath");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_at_idx" ON "AuditEvent"("organisationId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_registrationId_idx" ON "AuditEvent"("registrationId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityLink" ADD CONSTRAINT "ResponsibilityLink_administrativeMembershipId_fkey" FOREIGN KEY ("administrativeMembershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityLink" ADD CONSTRAINT "ResponsibilityLink_physicianMembershipId_fkey" FOREIGN KEY ("physicianMembershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_termsVersionId_fkey" FOREIGN KEY ("termsVersionId") REFERENCES "TermsVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_responsiblePhysicianId_fkey" FOREIGN KEY ("responsiblePhysicianId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_createdViaMembershipId_fkey" FOREIGN KEY ("createdViaMembershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationPatient" ADD CONSTRAINT "RegistrationPatient_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningConfirmation" ADD CONSTRAINT "WarningConfirmation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningConfirmation" ADD CONSTRAINT "WarningConfirmation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
