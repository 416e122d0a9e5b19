import Link from "next/link";
import { BROWSE_PAGE_SIZE, browseHref, type BrowseQuery } from "@/lib/cards/browse-query";

type PageInfo = { page: number; hasNext: boolean; total: number; totalCapped: boolean };

/** Previous / next page links with the position spelled out; hidden when everything fits on one page. */
export function BrowsePager({ query, result }: { query: BrowseQuery; result: PageInfo }) {
  const { page, hasNext, total, totalCapped } = result;
  if (page === 1 && !hasNext) return null;
  const pages = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const link = "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 dark:ring-slate-600 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={browseHref(query, { page: page - 1 })} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Page {page.toLocaleString("en-US")}
        {totalCapped ? null : ` of ${pages.toLocaleString("en-US")}`}
      </p>
      {hasNext ? (
        <Link href={browseHref(query, { page: page + 1 })} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
