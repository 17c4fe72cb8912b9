-- CreateTable
CREATE TABLE "Campus" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "siteNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Campus_organisationId_siteNumber_key" ON "Campus"("organisationId", "siteNumber");

-- AddForeignKey
ALTER TABLE "Campus" ADD CONSTRAINT "Campus_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
