-- AlterTable
ALTER TABLE "RegistrationPatient" ADD COLUMN     "identifiedByService" BOOLEAN NOT NULL DEFAULT false;
