/**
 * Regenerates src/infra/db/migrations/index.ts from the numbered .sql files beside it, so the
 * migrations ship inside dist/ (the build is plain tsc, which copies no .sql files).
 * Run after adding a migration: `node --import tsx scripts/embed-migrations.js`.
 * A test fails when the two disagree.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles, renderEmbedded } from '../src/infra/db/migrations/files.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'infra', 'db', 'migrations');
writeFileSync(join(dir, 'index.ts'), renderEmbedded(readMigrationFiles(dir)));
console.log(`embedded ${readMigrationFiles(dir).length} migration(s)`);
