-- AlterTable
ALTER TABLE "User" ADD COLUMN     "fsrsParameters" TEXT;

