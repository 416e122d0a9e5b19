// Child process of tests/security/group-commit.test.ts: writes through directSql.batch in groups of 8 batches
// sent at once (so they share a COMMIT) and prints each batch's id as soon as its promise resolved, i.e. the
// moment the app would answer the request. The test kills it with SIGKILL at an arbitrary point.
import { directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";

let n = 0;
const write = async () => {
  const id = `crash-${process.pid}-${++n}`;
  await directSql.batch([
    Prisma.sql`INSERT INTO "Article" ("id", "title", "body", "contentHash", "createdAt") VALUES (${id}, ${"Crash"}, ${"Body."}, ${id}, ${new Date()})`,
    Prisma.sql`UPDATE "Article" SET "title" = ${"Crash, acknowledged"} WHERE "id" = ${id}`,
  ]);
  process.stdout.write(`${id}\n`);
};

async function main(): Promise<never> {
  for (;;) await Promise.all(Array.from({ length: 8 }, write));
}

void main();
