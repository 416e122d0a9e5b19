import "server-only";
import { BROWSE_PAGE_SIZE } from "@/lib/cards/browse-query";

/** Totals above this are shown as "10,000+": counting further costs a scan and tells the learner nothing more. */
export const BROWSE_COUNT_CAP = 10_000;

export type BrowseResult<Row> = {
  rows: Row[];
  /** Exact up to BROWSE_COUNT_CAP; `totalCapped` says there are more. */
  total: number;
  totalCapped: boolean;
  page: number;
  hasNext: boolean;
};

/**
 * One page of a browser query: the rows are read with one extra (to know whether a next page exists), and the
 * count runs only when it cannot be worked out from the page itself (a last page is its own count), capped.
 */
export async function browsePage<Row>(page: number, readRows: (limit: number, offset: number) => Promise<Row[]>, countUpTo: (cap: number) => Promise<number>): Promise<BrowseResult<Row>> {
  const offset = (page - 1) * BROWSE_PAGE_SIZE;
  const read = await readRows(BROWSE_PAGE_SIZE + 1, offset);
  const hasNext = read.length > BROWSE_PAGE_SIZE;
  const rows = read.slice(0, BROWSE_PAGE_SIZE);
  const known = !hasNext && (rows.length > 0 || page === 1);
  const counted = known ? offset + rows.length : await countUpTo(BROWSE_COUNT_CAP + 1);
  return { rows, total: Math.min(counted, BROWSE_COUNT_CAP), totalCapped: counted > BROWSE_COUNT_CAP, page, hasNext };
}
