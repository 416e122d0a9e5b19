import { vi } from "vitest";

/**
 * Next's cache APIs (revalidatePath and the rest) need the request store of a running Next server, which a suite that
 * calls server actions directly does not have. Only Next is stubbed, never our code; each suite mocks "next/cache" with
 * `vi.mock("next/cache", async () => (await import("./support/next-cache-stub")).nextCacheStub())`.
 */
export function nextCacheStub() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn(), unstable_noStore: vi.fn() };
}
