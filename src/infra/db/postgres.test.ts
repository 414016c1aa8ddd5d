import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { VaultService } from '../../app/vault.js';
import { openVault } from '../index.js';
import { MIGRATIONS } from './migrations/index.js';
import { openPostgresStore } from './postgres-store.js';
import { TEST_SERVICE } from './test-support/data-dir.js';
import { writeSampleRecords } from './test-support/sample.js';

// The same storage tests on a real PostgreSQL when DATABASE_URL is set (scripts/ci-postgres.sh
// starts one); each test works in its own schema, dropped afterwards.
const url = process.env.DATABASE_URL ?? '';
const schemas: string[] = [];
const PASS = 'server side passphrase';

const newSchema = () => {
  const schema = `closer_test_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  return schema;
};

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function vaultIn(schema: string): Promise<VaultService> {
  return must(await openVault({ databaseUrl: url, schema, service: TEST_SERVICE }));
}

afterAll(async () => {
  if (url === '' || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe.runIf(url !== '')('vault on PostgreSQL (DATABASE_URL)', { timeout: 120_000 }, () => {
  it('keeps every kind of record across close and unlock, sealed in the database', async () => {
    const schema = newSchema();
    const vault = await vaultIn(schema);
    must(await vault.init(PASS));
    await writeSampleRecords(vault, 'PGMARK');
    const before = must(await vault.exportAll());
    await vault.close();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const rows = await client.query<{ body: Buffer }>(
      `SELECT body FROM ${schema}.checkins UNION ALL SELECT body FROM ${schema}.settings UNION ALL SELECT value FROM ${schema}.vault_meta`,
    );
    await client.end();
    expect(rows.rows.length).toBeGreaterThan(2);
    for (const row of rows.rows) expect(row.body.includes(Buffer.from('PGMARK'))).toBe(false);

    const again = await vaultIn(schema);
    expect((await again.unlock('wrong passphrase')).ok).toBe(false);
    must(await again.unlock(PASS));
    const after = must(await again.exportAll());
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
    await again.close();
  });

  it('refuses to start when the migrations disagree', async () => {
    const schema = newSchema();
    const store = must(await openPostgresStore(url, { schema }));
    await store.close();
    const altered = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
    expect(await openPostgresStore(url, { schema, migrations: altered })).toMatchObject({
      ok: false,
      error: { code: 'migrations-out-of-sync' },
    });
    expect(await openPostgresStore(url, { schema, migrations: [] })).toMatchObject({
      ok: false,
      error: { code: 'migrations-out-of-sync' },
    });
  });

  it('tampered and relocated records fail; passphrase change, rotation, export → erase → restore', async () => {
    const schema = newSchema();
    const vault = await vaultIn(schema);
    must(await vault.init(PASS));
    await writeSampleRecords(vault, 'x');
    must(await vault.changePassphrase(PASS, 'second passphrase'));
    expect(must(await vault.rotateKey())).toBe(7);
    const exported = must(await vault.exportAll());
    await vault.close();

    const store = must(await openPostgresStore(url, { schema }));
    const [checkin] = await store.records.list('checkins');
    const [event] = await store.records.list('events');
    if (checkin === undefined || event === undefined) throw new Error('rows missing');
    await store.records.put([{ ...checkin, body: event.body }]);
    await store.close();
    const moved = await vaultIn(schema);
    must(await moved.unlock('second passphrase'));
    expect(await moved.checkins.list()).toMatchObject({
      ok: false,
      error: { code: 'record-tampered' },
    });

    must(await moved.erase(true));
    const fresh = await vaultIn(schema);
    expect(await fresh.status()).toBe('new');
    expect(await fresh.count()).toBe(0);
    must(await fresh.init('third passphrase'));
    must(await fresh.importBackup(exported));
    const back = must(await fresh.exportAll());
    expect({ ...back, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
    await fresh.close();
  });
});
