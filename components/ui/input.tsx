import { forwardRef, type InputHTMLAttributes } from "react";
import { cn } from "./cn";

/** The look every text control shares (field.tsx uses it for Textarea and Select too). */
export const controlClasses =
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-500 focus:ring-2 focus:ring-brand-500 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-600 aria-[invalid=true]:ring-red-600";

// Its own module, apart from Field, Textarea and Select: the study page needs only this, and every byte of
// that page's JavaScript counts (docs/performance.md).
export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input({ className, ...props }, ref) {
  return <input ref={ref} className={cn(controlClasses, className)} {...props} />;
});
