-- CreateTable
CREATE TABLE "PersonListEntry" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "listKey" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "riziv" TEXT NOT NULL,
    "lastNameSearch" TEXT NOT NULL,
    "firstNameSearch" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonListEntry_organisationId_listKey_lastNameSearch_idx" ON "PersonListEntry"("organisationId", "listKey", "lastNameSearch");

-- CreateIndex
CREATE UNIQUE INDEX "PersonListEntry_organisationId_listKey_riziv_key" ON "PersonListEntry"("organisationId", "listKey", "riziv");

-- AddForeignKey
ALTER TABLE "PersonListEntry" ADD CONSTRAINT "PersonListEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonListEntry" ADD CONSTRAINT "PersonListEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
