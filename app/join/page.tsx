import type { Metadata } from "next";
import { JoinForm } from "@/components/classes/join-form";
import { requireViewer } from "@/lib/server/auth/viewer";
import { joinClassAction } from "./actions";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  await requireViewer(undefined, "/join");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Join a class</h1>
      <JoinForm action={joinClassAction} />
    </div>
  );
}
