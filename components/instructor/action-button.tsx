"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

type Result = { ok: true; data: unknown } | { ok: false; error: string };

/**
 * A button that runs one server action with a fixed input, stays disabled while pending (no double
 * submits), shows the error next to itself, and refreshes the page's server data on success.
 */
export function ActionButton({
  action,
  input,
  children,
  confirm,
  onDone,
  ...props
}: Omit<ButtonProps, "onClick" | "children"> & {
  action: (input: never) => Promise<Result>;
  input: unknown;
  children: ReactNode;
  confirm?: string;
  onDone?: (data: unknown) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        {...props}
        disabled={pending || props.disabled}
        aria-busy={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setError(null);
          startTransition(async () => {
            const result = await (action as (input: unknown) => Promise<Result>)(input);
            if (!result.ok) setError(result.error);
            else {
              onDone?.(result.data);
              router.refresh();
            }
          });
        }}
      >
        {children}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}
