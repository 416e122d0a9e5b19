import "server-only";
import { statSync } from "node:fs";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { SQLITE_DIRECT_GATE, type WithSqliteDirectGate } from "./sqlite-direct-gate";

const WRITE_SQL = /^\s*(?:INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|DROP|ALTER)\b/i;

/**
 * An open SQLite connection keeps writing to its file even after data/ is deleted or the file is replaced
 * (a restore copied over it): every write would get a success and vanish at the next restart. So the
 * connection remembers the file it opened (device and inode) and refuses every write and transaction once
 * that file is gone or another file stands at its path. Reads go on. /api/health's write probe surfaces it.
 */
export function guardDatabaseFile(factory: SqlDriverAdapterFactory, file: string): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const inner = await factory.connect();
      const opened = statSync(file);
      const refuse = () => {
        const now = statSync(file, { throwIfNoEntry: false });
        const what = !now ? "was deleted" : now.ino !== opened.ino || now.dev !== opened.dev ? "was replaced by another file" : null;
        if (!what) return;
        throw new Error(
          `The database file ${file} ${what} while Briefdeck was running. Writes are refused so that nothing is ` +
            `acknowledged and then lost; restore the data directory (database and .auth-secret) and restart.`,
        );
      };
      const guarded = (query: SqlQuery) => {
        if (WRITE_SQL.test(query.sql)) refuse();
      };
      const guardedAdapter: SqlDriverAdapter & WithSqliteDirectGate = {
        provider: inner.provider,
        adapterName: inner.adapterName,
        queryRaw: async (query) => (guarded(query), inner.queryRaw(query)),
        executeRaw: async (query) => (guarded(query), inner.executeRaw(query)),
        executeScript: (script) => inner.executeScript(script),
        startTransaction: async (isolationLevel) => (refuse(), inner.startTransaction(isolationLevel)),
        dispose: () => inner.dispose(),
        getConnectionInfo: inner.getConnectionInfo ? () => inner.getConnectionInfo!() : undefined,
      };
      // The direct path (sqlite-direct-sql.ts) writes on the same connection: the same refusal applies.
      const gate = (inner as WithSqliteDirectGate)[SQLITE_DIRECT_GATE];
      if (gate) {
        guardedAdapter[SQLITE_DIRECT_GATE] = {
          client: gate.client,
          run: (write, work) => gate.run(write, () => (write && refuse(), work())),
        };
      }
      return guardedAdapter;
    },
  };
}
