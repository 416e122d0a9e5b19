import { z } from "zod";

// The card browser's URL (/cards?q=…&deck=…): every parameter validated and capped here, shared by the page
// (which parses searchParams) and its links (which build them), so a hand-edited URL can never ask for more.

export const BROWSE_PAGE_SIZE = 50;
/** Deepest page: 50 × 2,000 = 100,000 rows, more than any learner's cards; OFFSET beyond it is refused. */
export const BROWSE_MAX_PAGE = 2_000;
export const BROWSE_QUERY_MAX = 200;

export const BROWSE_STATES = ["new", "learning", "review", "relearning"] as const;
export const BROWSE_DUE = ["now", "today", "week", "later"] as const;
export const BROWSE_SORTS = ["due", "lapses", "reviews", "last-review", "prompt", "deck"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();

export const browseQuerySchema = z.object({
  /** "mine": the learner's cards; "authored": the questions of the instructor's own decks. */
  scope: z.enum(["mine", "authored"]).default("mine"),
  q: z.string().trim().max(BROWSE_QUERY_MAX).default(""),
  deck: z.string().min(1).max(64).optional(),
  state: optionalEnum(BROWSE_STATES),
  due: optionalEnum(BROWSE_DUE),
  suspended: optionalEnum(["yes", "no"] as const),
  leech: optionalEnum(["yes"] as const),
  /** At least this many lapses. */
  lapses: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z.enum(BROWSE_SORTS).default("due"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(BROWSE_MAX_PAGE).default(1),
});

export type BrowseQuery = z.infer<typeof browseQuerySchema>;

/**
 * The query of a URL's search params. A parameter that does not validate is dropped (and named in `rejected`),
 * so the page still answers with the rest, and says which filter it ignored.
 */
export function parseBrowseQuery(params: Record<string, string | string[] | undefined>): { query: BrowseQuery; rejected: string[] } {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const one = Array.isArray(value) ? value[0] : value;
    // Empty form fields mean "no filter".
    if (one !== undefined && one !== "" && key in browseQuerySchema.shape) flat[key] = one;
  }
  const whole = browseQuerySchema.safeParse(flat);
  if (whole.success) return { query: whole.data, rejected: [] };
  const rejected = [...new Set(whole.error.issues.map((i) => String(i.path[0])))];
  for (const key of rejected) delete flat[key];
  return { query: browseQuerySchema.parse(flat), rejected };
}

/** The URL of the browser with `changes` applied; defaults are left out so links stay short. */
export function browseHref(query: BrowseQuery, changes: Partial<BrowseQuery> = {}): string {
  const next = { ...query, ...changes };
  const defaults = browseQuerySchema.parse({});
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === "" || value === defaults[key as keyof BrowseQuery]) continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `/cards?${s}` : "/cards";
}
