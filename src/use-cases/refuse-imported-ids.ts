// An import adds rows; an id the database already holds means this data was imported before, so nothing is written.
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';

/** Checks each table's ids in batches of 500 (parameter limits) and refuses the whole import on the first clash. */
export async function refuseImportedIds(trx: Db, rowsByTable: [keyof Database, { id: string }[]][], emptyDatabaseHint: string): Promise<void> {
  for (const [table, rows] of rowsByTable) {
    const ids = rows.map((row) => row.id);
    for (let start = 0; start < ids.length; start += 500) {
      // Every table passed here has an `id` column; Kysely cannot prove that for a table chosen at run time.
      const clash = (await trx
        .selectFrom(table as 'agreements')
        .select('id')
        .where('id', 'in', ids.slice(start, start + 500))
        .executeTakeFirst()) as { id: string } | undefined;
      if (clash) throw new AppError('conflict', `The database already holds a row of ${table} with id ${clash.id}: this data seems to have been imported before; nothing was imported. ${emptyDatabaseHint}`);
    }
  }
}
