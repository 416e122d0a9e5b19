import { readdirSync } from "node:fs";
import path from "node:path";
import type { ActionCase, AuthzCase, RouteCase } from "./case-types";

const CASES_DIR = path.resolve(__dirname, "../cases");

/** Every `export const cases` from tests/authz/cases/*.cases.ts. */
export async function loadCases(): Promise<{ actionCases: ActionCase[]; routeCases: RouteCase[] }> {
  const all: AuthzCase[] = [];
  for (const file of readdirSync(CASES_DIR).filter((f) => f.endsWith(".cases.ts")).sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(CASES_DIR, file))) as { cases?: AuthzCase[] };
    if (!Array.isArray(mod.cases)) throw new Error(`tests/authz/cases/${file} must export \`cases\` (an array).`);
    all.push(...mod.cases);
  }
  return {
    actionCases: all.filter((c): c is ActionCase => "action" in c),
    routeCases: all.filter((c): c is RouteCase => "route" in c),
  };
}
