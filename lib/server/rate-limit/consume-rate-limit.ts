import "server-only";
import { tooManyRequests } from "@/lib/server/errors";
import { hitRateLimit } from "./hit-rate-limit";
import { waitMessage } from "./wait-message";

export type RateLimitOptions = {
  /** How many calls the window allows. */
  points: number;
  /** Window length in seconds (fixed window, starting with the first call). */
  windowSec: number;
  /** Shown to the person when refused; defaults to "Too many attempts. Please wait N minutes…". */
  message?: string;
};

export type RateLimitState = { count: number; remaining: number; resetAt: Date };

/**
 * Generic limiter for expensive actions (generation, imports, join-code attempts): consumes one
 * point for `key` and throws a 429 AppError once more than `points` calls happened in the window.
 *
 *   await consumeRateLimit(`generate:${viewer.id}`, { points: 20, windowSec: 3600 });
 */
export async function consumeRateLimit(key: string, options: RateLimitOptions): Promise<RateLimitState> {
  const now = new Date();
  const hit = await hitRateLimit(key, options.windowSec, now);
  if (hit.count > options.points) throw tooManyRequests(options.message ?? waitMessage(hit.resetAt, now));
  return { count: hit.count, remaining: options.points - hit.count, resetAt: hit.resetAt };
}
