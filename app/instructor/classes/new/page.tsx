import type { Metadata } from "next";
import { NewClassForm } from "@/components/instructor/new-class-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { createClassAction } from "@/app/instructor/actions";

export const metadata: Metadata = { title: "New class" };

export default async function NewClassPage() {
  await requireViewer(["instructor", "admin"], "/instructor/classes/new");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">New class</h1>
      <p className="text-slate-700 dark:text-slate-300">Learners join with an 8-character code or a link; you then assign published decks and follow their progress.</p>
      <NewClassForm action={createClassAction} />
    </div>
  );
}
