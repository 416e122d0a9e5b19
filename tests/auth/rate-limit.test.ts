import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { peekRateLimit } from "@/lib/server/rate-limit/peek-rate-limit";
import { resetRateLimit } from "@/lib/server/rate-limit/reset-rate-limit";

describe("consumeRateLimit (fixed window on RateLimitBucket)", () => {
  it("allows `points` calls, then throws a 429 with a wait time", async () => {
    for (let i = 1; i <= 3; i++) expect((await consumeRateLimit("t:a", { points: 3, windowSec: 60 })).remaining).toBe(3 - i);
    const error = await consumeRateLimit("t:a", { points: 3, windowSec: 60 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(429);
    expect((error as AppError).message).toBe("Too many attempts. Please wait 1 minute and try again.");
    expect((await peekRateLimit("t:a")).count).toBe(4);
  });

  it("keys are independent and a custom message is used", async () => {
    await consumeRateLimit("t:b", { points: 1, windowSec: 600 });
    await expect(consumeRateLimit("t:b", { points: 1, windowSec: 600, message: "Slow down." })).rejects.toThrow("Slow down.");
    await expect(consumeRateLimit("t:c", { points: 1, windowSec: 600 })).resolves.toMatchObject({ count: 1 });
  });

  it("starts a new window once the old one expired", async () => {
    await consumeRateLimit("t:d", { points: 1, windowSec: 60 });
    await expect(consumeRateLimit("t:d", { points: 1, windowSec: 60 })).rejects.toThrow();
    await db.rateLimitBucket.update({ where: { key: "t:d" }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await peekRateLimit("t:d")).toEqual({ count: 0, resetAt: null });
    await expect(consumeRateLimit("t:d", { points: 1, windowSec: 60 })).resolves.toMatchObject({ count: 1 });
  });

  it("counts every one of many concurrent calls (no lost updates)", async () => {
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => consumeRateLimit("t:e", { points: 10, windowSec: 60 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect((await peekRateLimit("t:e")).count).toBe(25);
    await resetRateLimit("t:e");
    expect((await peekRateLimit("t:e")).count).toBe(0);
  });
});
