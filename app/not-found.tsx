import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline dark:text-brand-100">
        Back to decks
      </Link>
    </div>
  );
}
