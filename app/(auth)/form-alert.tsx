/** The form-level message: announced politely by screen readers when it appears. */
export function FormAlert({ message, tone = "error", id }: { message?: string | null; tone?: "error" | "success"; id?: string }) {
  return (
    <div aria-live="polite" id={id}>
      {message ? (
        <p
          className={
            tone === "error"
              ? "rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 dark:bg-red-950/50 dark:text-red-200 dark:ring-red-900"
              : "rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-900"
          }
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
