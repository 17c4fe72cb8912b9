-- CreateEnum
CREATE TYPE "RegistrationKind" AS ENUM ('INITIAL', 'FOLLOW_UP');

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "followUpOfId" UUID,
ADD COLUMN     "kind" "RegistrationKind" NOT NULL DEFAULT 'INITIAL';

-- CreateIndex
CREATE INDEX "Registration_followUpOfId_idx" ON "Registration"("followUpOfId");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
