import Link from "next/link";
import { browseHref, type BrowseQuery } from "@/lib/cards/browse-query";

/** Previous / next page links with the position spelled out; hidden when everything fits on one page. */
export function BrowsePager({ query, page, pageCount, total }: { query: BrowseQuery; page: number; pageCount: number; total: number }) {
  if (pageCount <= 1) return null;
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
        Page {page} of {pageCount.toLocaleString("en-US")} ({total.toLocaleString("en-US")} in all)
      </p>
      {page < pageCount ? (
        <Link href={browseHref(query, { page: page + 1 })} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
