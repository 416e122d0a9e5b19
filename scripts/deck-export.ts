// npm run --silent deck:export -- DECK_ID --format apkg|tsv|csv --out FILE
// Writes the deck (as its owner sees it) to FILE; on failure prints one line on stderr, exits 1, writes nothing.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadViewerByUserId } from "@/lib/server/auth/load-viewer";
import { AppError } from "@/lib/server/errors";
import { EXPORT_FORMATS, exportDeck } from "@/lib/server/interop/export-deck";
import { findDeckOwnerId } from "@/lib/server/interop/find-deck-owner-id";

const schema = z.object({
  deckId: z.string({ error: "give the deck id: deck:export DECK_ID --format apkg --out FILE" }).min(1).max(64),
  format: z.enum(EXPORT_FORMATS, { error: "--format must be apkg, tsv or csv" }),
  out: z.string({ error: "--out FILE is required" }).min(1),
});

function fail(message: string): never {
  console.error(`deck:export: ${message.split("\n")[0]}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let input: z.infer<typeof schema>;
  try {
    const { values, positionals } = parseArgs({ options: { format: { type: "string" }, out: { type: "string" } }, allowPositionals: true, strict: true });
    const parsed = schema.safeParse({ ...values, deckId: positionals[0] });
    if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
    input = parsed.data;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const temp = path.join(path.dirname(path.resolve(input.out)), `.${path.basename(input.out)}.${process.pid}.tmp`);
  try {
    const ownerId = await findDeckOwnerId(input.deckId);
    const owner = ownerId ? await loadViewerByUserId(ownerId) : null;
    if (!owner) fail(`no deck has the id ${input.deckId}`);
    const file = await exportDeck(owner, input.deckId, input.format);
    // Written beside the target and renamed, so FILE is either the whole export or untouched.
    writeFileSync(temp, file.body);
    renameSync(temp, input.out);
    process.stdout.write(`${JSON.stringify({ deckId: input.deckId, format: input.format, out: input.out, bytes: file.body.length })}\n`);
    process.exit(0);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof AppError) fail(error.message);
    fail(error instanceof Error ? error.message : String(error));
  }
}

void main();
