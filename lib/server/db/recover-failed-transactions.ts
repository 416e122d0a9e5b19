import "server-only";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type Database from "better-sqlite3";
import { SQLITE_DIRECT_GATE, type WithSqliteDirectGate } from "./sqlite-direct-gate";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/** A FIFO lock: one SQLite connection can run one transaction at a time. */
function createLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => released);
    await previous;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
}

/**
 * Wraps the better-sqlite3 adapter so that a transaction whose COMMIT (or ROLLBACK, or BEGIN) fails cannot
 * wedge every later transaction. Prisma 6.19's client sends "COMMIT" and only then calls the adapter's
 * commit(), which is what releases the adapter's transaction lock; when the COMMIT itself fails (SQLITE_FULL,
 * SQLITE_IOERR_WRITE: a full or failing disk under WAL) commit() is never called, the lock stays taken and
 * every later $transaction waits forever. See docs/known-issues.md.
 *
 * This wrapper keeps its own lock, begins the transaction itself, and on a failed COMMIT/ROLLBACK rolls the
 * connection back (so no half-open transaction swallows later autocommit writes) and releases the lock
 * before rethrowing.
 *
 * It also keeps other requests out of an open transaction. better-sqlite3 has one connection, so a query sent
 * outside the transaction while one is open (another request, between two of the transaction's awaits) would
 * run inside it: an acknowledged write would vanish if the transaction then rolled back, and a read would see
 * uncommitted rows. Such a query waits until no transaction is open; better-sqlite3 then runs it synchronously,
 * so no BEGIN can slip in between the check and the statement.
 *
 * The same rule guards the direct path (sqlite-direct-sql.ts): its gate runs a read or a whole batch
 * synchronously on this connection only while no transaction is open.
 */
export function recoverFailedTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const inner = await factory.connect();
      const acquire = createLock();
      let transactionOpen = false;
      let idleWaiters: Array<() => void> = [];
      const whenNoTransaction = async () => {
        while (transactionOpen) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      };

      const rollbackQuietly = async () => {
        try {
          await inner.executeRaw(statement("ROLLBACK"));
        } catch {
          // "no transaction is active": SQLite already rolled back on its own.
        }
      };

      const startTransaction = async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
        if (isolationLevel && isolationLevel !== "SERIALIZABLE") throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
        const releaseLock = await acquire();
        transactionOpen = true;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          transactionOpen = false;
          const waiters = idleWaiters;
          idleWaiters = [];
          for (const wake of waiters) wake();
          releaseLock();
        };
        try {
          await inner.executeRaw(statement("BEGIN"));
        } catch (error) {
          release();
          throw error;
        }
        return {
          provider: inner.provider,
          adapterName: inner.adapterName,
          options: { usePhantomQuery: false },
          queryRaw: (query) => inner.queryRaw(query),
          executeRaw: async (query) => {
            const ending = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i.test(query.sql);
            try {
              return await inner.executeRaw(query);
            } catch (error) {
              if (!ending) throw error;
              // Prisma will not call commit()/rollback() after this throws: clean up and free the lock here.
              await rollbackQuietly();
              release();
              throw error;
            }
          },
          commit: async () => release(),
          rollback: async () => release(),
        };
      };

      const adapter: SqlDriverAdapter = {
        provider: inner.provider,
        adapterName: inner.adapterName,
        queryRaw: async (query) => (transactionOpen && (await whenNoTransaction()), inner.queryRaw(query)),
        executeRaw: async (query) => (transactionOpen && (await whenNoTransaction()), inner.executeRaw(query)),
        executeScript: async (script) => (transactionOpen && (await whenNoTransaction()), inner.executeScript(script)),
        startTransaction,
        dispose: () => inner.dispose(),
      };
      if (inner.getConnectionInfo) adapter.getConnectionInfo = () => inner.getConnectionInfo!();
      // Prisma's better-sqlite3 adapter keeps its Database as `client`; without it there is no direct path.
      const client = (inner as { client?: Database.Database }).client;
      if (client && typeof client.prepare === "function") {
        (adapter as WithSqliteDirectGate)[SQLITE_DIRECT_GATE] = {
          client,
          run: async (_write, work) => {
            if (transactionOpen) await whenNoTransaction();
            return work();
          },
        };
      }
      return adapter;
    },
  };
}
