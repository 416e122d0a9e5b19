"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">Nothing you entered was lost on our side. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-brand-600 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
