// npm run user:create -- --role admin --email a@b.c --name "Ada" --password "…"
// Creates an account through Better Auth (same hashing and password policy as the sign-up form).
import "./load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUser } from "@/lib/server/users/create-user";

const schema = z.object({
  role: z.enum(["learner", "instructor", "admin"], { error: "--role must be learner, instructor or admin" }),
  email: z.email({ error: "--email must be an email address" }).max(254),
  name: z.string({ error: "--name is required" }).trim().min(1, "--name is required").max(80, "--name is at most 80 characters"),
  password: z.string({ error: "--password is required" }).min(1, "--password is required"),
});

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: { role: { type: "string", default: "learner" }, email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
  try {
    const user = await createUser(parsed.data);
    console.log(`Created ${user.role} ${user.email} (${user.id})`);
    process.exit(0);
  } catch (error) {
    // Better Auth's APIError carries the policy message ("That password is too common…").
    const message = error instanceof Error ? error.message : String(error);
    fail(message.split("\n")[0] ?? message);
  }
}

void main();
