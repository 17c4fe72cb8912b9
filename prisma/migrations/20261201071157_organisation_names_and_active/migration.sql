-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "nameDe" TEXT,
ADD COLUMN     "nameEn" TEXT,
ADD COLUMN     "nameFr" TEXT,
ADD COLUMN     "nameNl" TEXT;
