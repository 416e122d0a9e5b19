"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";

/** Deletes the session row through Better Auth's handler, then re-renders so nothing signed-in stays on screen. */
export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const { error } = await authClient.signOut();
          if (error) {
            setPending(false);
            setError("Could not sign out. Please try again.");
            return;
          }
          // refresh() re-renders the server components (header) without the session.
          router.replace("/");
          router.refresh();
        }}
      >
        {pending ? "Signing out…" : "Sign out"}
      </Button>
      <p aria-live="polite" className="text-sm text-red-700 dark:text-red-400">{error}</p>
    </div>
  );
}
