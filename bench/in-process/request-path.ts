// Where a signed-in request's and a review's server time goes, in-process on the fixture database (medians of 300 calls):
// cookie verification, Better Auth's getSession pipeline, Prisma's query path and the driver directly (directSql,
// the path the review save takes: lib/server/db/direct-sql.ts). Runs on SQLite or PostgreSQL (DATABASE_URL).
import { makeSignature } from "better-auth/crypto";
import { auth } from "@/lib/server/auth/auth";
import { loadRequestViewer } from "@/lib/server/auth/load-request-viewer";
import { loadSessionViewer } from "@/lib/server/auth/load-session-viewer";
import { loadViewerByUserId } from "@/lib/server/auth/load-viewer";
import { verifiedSessionToken } from "@/lib/server/auth/verified-session-token";
import { env } from "@/lib/env";
import { db, directSql } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { loadReviewTarget } from "@/lib/server/study/load-review-target";
import { saveReview } from "@/lib/server/study/save-review";
import { createNewCard } from "@/lib/srs/card";
import { applyRating } from "@/lib/srs/next-states";
import { BENCH_PASSWORD, benchEmail } from "../fixtures/build-learning-db";
import { median, round, timeRuns } from "../support/stats";

const RUNS = 300;

async function main(): Promise<void> {
  const signIn = await auth.handler(
    new Request(`${env.BASE_URL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: env.BASE_URL },
      body: JSON.stringify({ email: benchEmail(150), password: BENCH_PASSWORD }),
    }),
  );
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
  if (!cookie) throw new Error(`sign-in failed: ${signIn.status}`);
  const headers = new Headers({ cookie });
  const token = (await verifiedSessionToken(headers))!;
  const { sessionConfig } = await auth.$context;
  const userId = (await loadRequestViewer(headers))!.id;
  const joined = Prisma.sql`SELECT s."expiresAt", u."id", u."name", u."email", u."role", u."timeZone", u."dayStartHour", u."desiredRetention",
      u."maximumInterval", u."newCardsPerDay" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."token" = ${token} AND u."disabled" = false`;
  const userById = Prisma.sql`SELECT * FROM "User" WHERE "id" = ${userId}`;

  const ms = async (fn: () => unknown) => median(await timeRuns(RUNS, fn, 30));
  const betterAuthGetSession = await ms(() => auth.api.getSession({ headers }));
  const before = await ms(async () => {
    const s = await auth.api.getSession({ headers });
    return s && loadViewerByUserId(s.user.id);
  });
  const cookieCheck = await ms(() => verifiedSessionToken(headers));
  const { secret } = await auth.$context;
  const hmac = await ms(() => makeSignature(token, secret));
  const oneQueryPrisma = await ms(() => db.$queryRaw(joined));
  const oneQueryDirect = await ms(() => directSql.query(joined));
  const sessionViewer = await ms(() => loadSessionViewer(token, sessionConfig));
  const after = await ms(() => loadRequestViewer(headers));
  const userModelApi = await ms(() => db.user.findUnique({ where: { id: userId } }));
  const userDirect = await ms(() => directSql.query(userById));
  const trivialRaw = await ms(() => db.$queryRaw`SELECT 1 AS "one"`);
  const trivialDirect = await ms(() => directSql.query(Prisma.sql`SELECT 1 AS "one"`));
  // A write batch shaped like the review's (4 statements in one transaction) that matches no row.
  const batchPrisma = await ms(() => db.$transaction([1, 2, 3, 4].map((i) => db.$executeRaw`UPDATE "QuestionStat" SET "attempts" = "attempts" + ${i} WHERE "questionId" = ${"none"}`)));
  const batchDirect = await ms(() => directSql.batch([1, 2, 3, 4].map((i) => Prisma.sql`UPDATE "QuestionStat" SET "attempts" = "attempts" + ${i} WHERE "questionId" = ${"none"}`)));
  // Real saves: one learner answers 200 different questions once each (accepted reviews of 20-review cards).
  const learner = (await loadViewerByUserId("bench-u160"))!;
  // Its parts: the one read, and the FSRS step (pure CPU), on questions this run does not save.
  let r = 0;
  const read = await ms(() => loadReviewTarget(learner, `bq${300 + (r++ % 200)}`, "quick"));
  const settings = { desiredRetention: learner.desiredRetention, maximumInterval: learner.maximumInterval };
  const fsrsStep = await ms(() => applyRating({ card: createNewCard(new Date()), cardId: "c", now: new Date(), settings }, "good"));
  let q = 0;
  const saves = await timeRuns(200, () => saveReview(learner, { questionId: `bq${q++}`, rating: 3, idempotencyKey: `inproc-${q}-${Date.now()}`, expectedVersion: 20, answer: `Answer ${q}`, durationMs: 4000 }), 20);

  const row = (name: string, value: number) => ({ name, value: round(value, 3), unit: "ms" });
  console.log(
    JSON.stringify({
      section: `Session check and review write, in-process on ${env.DATABASE_PROVIDER} (medians of ${RUNS} calls; saves: 200)`,
      results: [
        row("before: Better Auth getSession + loadViewerByUserId", before),
        row("  of which Better Auth getSession (cookie, session + user reads)", betterAuthGetSession),
        row("after: loadRequestViewer (cookie check + one query)", after),
        row("  cookie check (a value already verified is remembered)", cookieCheck),
        row("  HMAC of a new cookie value (Better Auth's makeSignature)", hmac),
        row("  session + user, one query through Prisma $queryRaw", oneQueryPrisma),
        row("  the same query through directSql (the driver, no ORM)", oneQueryDirect),
        row("  loadSessionViewer (that query through directSql, and the Viewer)", sessionViewer),
        row("Prisma model API: user.findUnique", userModelApi),
        row("  the same read through directSql", userDirect),
        row("Prisma $queryRaw per-statement floor (SELECT 1)", trivialRaw),
        row("  directSql SELECT 1", trivialDirect),
        row("Prisma $transaction of 4 raw statements (review-shaped batch)", batchPrisma),
        row("  the same batch through directSql (one transaction; one statement on PostgreSQL)", batchDirect),
        row("saveReview, in-process, p50 (one read + one batched write)", median(saves)),
        row("  its read (loadReviewTarget, directSql)", read),
        row("  its FSRS step (applyRating, pure)", fsrsStep),
      ],
    }),
  );
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
