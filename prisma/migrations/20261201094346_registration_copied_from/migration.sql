-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "copiedFromId" UUID;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
