import type { ReactNode } from "react";

/**
 * Keeps a chart at a readable minimum width on phones: it scrolls sideways instead of shrinking
 * its labels to specks. `alignEnd` starts scrolled to the right (the most recent days).
 * Focusable so keyboard users can scroll it too.
 */
export function ChartScroller({ label, minWidth, alignEnd = false, children }: { label: string; minWidth: number; alignEnd?: boolean; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`flex overflow-x-auto ${alignEnd ? "flex-row-reverse" : ""}`}>
      <div className="w-full shrink-0" style={{ minWidth }}>
        {children}
      </div>
    </div>
  );
}
