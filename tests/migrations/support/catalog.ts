import Database from "better-sqlite3";
import pg from "pg";

/**
 * A database's structure as comparable text (tables, columns with type/nullability/default, indexes,
 * foreign keys), read from the catalog itself: no Prisma introspection, which needs a native engine.
 */
export async function catalogOf(url: string): Promise<string[]> {
  return url.startsWith("file:") ? sqliteCatalog(url.slice("file:".length)) : postgresCatalog(url);
}

function sqliteCatalog(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const out: string[] = [];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%'").all() as { name: string }[];
    for (const { name } of tables) {
      for (const c of db.prepare(`PRAGMA table_xinfo("${name}")`).all() as Array<Record<string, unknown>>) {
        out.push(`column ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      }
      for (const i of db.prepare(`PRAGMA index_list("${name}")`).all() as Array<{ name: string; unique: number }>) {
        const cols = (db.prepare(`PRAGMA index_info("${i.name}")`).all() as Array<{ name: string }>).map((c) => c.name).join(",");
        out.push(`index ${name} ${i.name} unique=${i.unique} (${cols})`);
      }
      for (const f of db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as Array<Record<string, unknown>>) {
        out.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} delete=${f.on_delete} update=${f.on_update}`);
      }
    }
    return out.sort();
  } finally {
    db.close();
  }
}

async function postgresCatalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || datetime_precision || ')', '')
        || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_prisma\\_%'`);
    const indexes = await client.query(`
      SELECT 'index ' || tablename || ' ' || indexdef AS line FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_prisma\\_%'`);
    const constraints = await client.query(`
      SELECT 'constraint ' || t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND t.relname NOT LIKE '\\_prisma\\_%'`);
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((r: { line: string }) => r.line).sort();
  } finally {
    await client.end();
  }
}
