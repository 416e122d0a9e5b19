import pg from "pg";

// Workaround for prisma/orm#27403 (open): the JS schema engine's bookkeeping queries return the
// catalog types `"char"` (OID 18) and `name` (OID 19), which @prisma/adapter-pg cannot map, so
// `prisma migrate deploy` fails with "Column type 'name' could not be deserialized". Both arrive
// as plain strings on the wire, so reporting them as `text` (OID 25) is exact. Used only by the
// CLI through prisma.config.ts; the app's own client never queries the catalog.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Fielded = { fields?: Array<{ dataTypeID: number }> };

function asText<T>(result: T): T {
  for (const field of (result as Fielded)?.fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function hasCallback(args: unknown[]): boolean {
  return typeof args[args.length - 1] === "function";
}

function patchClient(client: pg.PoolClient): pg.PoolClient {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  // pg calls the callback forms internally: those pass through untouched.
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return hasCallback(args) || !(out instanceof Promise) ? out : out.then(asText);
  };
  return client;
}

export class CatalogTextPool extends pg.Pool {
  // Overloads of pg.Pool are too many to restate; the runtime contract is what matters here.
  query(...args: unknown[]): never {
    const out = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    return (hasCallback(args) || !(out instanceof Promise) ? out : out.then(asText)) as never;
  }

  connect(...args: unknown[]): never {
    if (hasCallback(args)) return (super.connect as (...a: unknown[]) => unknown).apply(this, args) as never;
    return (super.connect() as Promise<pg.PoolClient>).then(patchClient) as never;
  }
}
