import type { Metadata } from "next";
import { JoinForm } from "@/components/classes/join-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { joinClassAction } from "../actions";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Join a class" };

// Joining is a button press, not a side effect of opening the link (links get prefetched and previewed).
export default async function JoinByLinkPage({ params }: Props) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw).slice(0, 32);
  await requireViewer(undefined, `/join/${encodeURIComponent(code)}`);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Join a class</h1>
      <p className="text-slate-700 dark:text-slate-300">
        You were invited with the code <span className="font-mono font-semibold tracking-widest">{code}</span>.
      </p>
      <JoinForm action={joinClassAction} code={code} />
    </div>
  );
}
