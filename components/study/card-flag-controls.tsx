"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CardFlagCommand, CardFlagView } from "@/lib/server/study/set-card-flag";
import { requestJson } from "./post-json";

export type CardFlags = { version: number; suspended: boolean; buriedUntil: string | null };

/**
 * Suspend / bury controls for one of the learner's cards (card page, leech list). Each press sends the version
 * the page showed, so a stale page gets the server's "changed in another tab" message and then the fresh state.
 */
export function CardFlagControls({ questionId, flags, timeZone, only }: { questionId: string; flags: CardFlags; timeZone: string; only?: "suspend" }) {
  const router = useRouter();
  const [local, setCurrent] = useState(flags);
  // After router.refresh() the page may bring a newer version (a change made elsewhere): the newest wins.
  const current = flags.version > local.version ? flags : local;
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: "status" | "alert" } | null>(null);
  // The server sends buriedUntil only while the burial lasts.
  const buried = current.buriedUntil !== null;

  async function run(command: CardFlagCommand) {
    if (pending) return;
    setPending(true);
    const res = await requestJson<CardFlagView>("/api/cards/flag", { method: "POST", body: { questionId, command, expectedVersion: current.version } });
    setPending(false);
    if (!res.ok) {
      setMessage({ text: res.error, tone: "alert" });
      router.refresh();
      return;
    }
    setCurrent({ version: res.data.version, suspended: res.data.suspended, buriedUntil: res.data.buriedUntil });
    setMessage({ text: doneMessage(command, res.data, timeZone), tone: "status" });
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => void run(current.suspended ? "unsuspend" : "suspend")}>
          {current.suspended ? "Unsuspend" : "Suspend"}
        </Button>
        {only ? null : (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => void run(buried ? "unbury" : "bury")}>
            {buried ? "Unbury" : "Bury until tomorrow"}
          </Button>
        )}
      </div>
      <p role={message?.tone === "alert" ? "alert" : "status"} className="min-h-5 text-sm text-slate-700 dark:text-slate-300" data-testid="card-flag-message">
        {message?.text ?? ""}
      </p>
    </div>
  );
}

function doneMessage(command: CardFlagCommand, card: CardFlagView, timeZone: string): string {
  if (command === "suspend") return "Suspended: it will not be shown until you unsuspend it.";
  if (command === "unsuspend") return "Unsuspended: it is back in your reviews.";
  if (command === "unbury") return "Unburied: it is back in today’s reviews.";
  const until = card.buriedUntil ? new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(card.buriedUntil)) : "tomorrow";
  return `Buried until ${until}.`;
}
