/** Turns a Better Auth client error into words for people. Never says whether an email has an account. */
export function authErrorMessage(error: { status?: number; code?: string; message?: string } | null | undefined, mode: "sign-in" | "sign-up" | "change-password"): string {
  if (!error) return "Something went wrong. Please try again.";
  if (error.status === 429) {
    return error.code === "TOO_MANY_ATTEMPTS" && error.message
      ? error.message
      : "Too many attempts from your network. Please wait a minute and try again.";
  }
  if (error.code === "PASSWORD_POLICY" || error.code === "INVALID_NAME" || error.code === "INVALID_EMAIL") {
    return error.message ?? "Please check your details.";
  }
  if (mode === "sign-in") return "That email and password don’t match an account we can sign in. Check them and try again.";
  if (mode === "change-password") {
    if (error.code === "INVALID_PASSWORD") return "Your current password is not correct.";
    return error.message ?? "Your password could not be changed. Please try again.";
  }
  // Better Auth refuses an existing email with 422; we keep the wording neutral (see docs/security.md).
  if (error.status === 422 || error.code === "USER_ALREADY_EXISTS" || error.code?.startsWith("USER_ALREADY_EXISTS")) {
    return "We couldn’t create an account with these details. If you already have an account, sign in instead.";
  }
  if (error.code === "PASSWORD_TOO_SHORT") return "Use at least 8 characters.";
  if (error.code === "PASSWORD_TOO_LONG") return "Use at most 128 characters.";
  if (error.code === "INVALID_EMAIL") return "Enter a valid email address.";
  return "We couldn’t create your account. Please check your details and try again.";
}
