-- AlterTable
ALTER TABLE "User" ADD COLUMN     "leechAction" TEXT NOT NULL DEFAULT 'suspend';

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "buriedUntil" TIMESTAMP(3),
ADD COLUMN     "leech" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "suspended" BOOLEAN NOT NULL DEFAULT false;

