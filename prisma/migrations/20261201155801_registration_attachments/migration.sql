-- CreateTable
CREATE TABLE "RegistrationAttachment" (
    "registrationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "fieldPath" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "keyId" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationAttachment_pkey" PRIMARY KEY ("registrationId","id")
);

-- AddForeignKey
ALTER TABLE "RegistrationAttachment" ADD CONSTRAINT "RegistrationAttachment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
