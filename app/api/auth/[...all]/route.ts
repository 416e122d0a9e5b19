import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/auth/auth";

// Sign-in/up/out go through Better Auth's handler so its origin check and rate limiting apply.
export const { GET, POST } = toNextJsHandler(auth);
