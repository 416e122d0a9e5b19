import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/server/errors";

/** For pages: a data-layer "not found" (missing or someone else's) renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
