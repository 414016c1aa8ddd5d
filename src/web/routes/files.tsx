/**
 * Chat import routes: the upload goes to an owner-only temporary file, the app's importChat
 * reads it, the file is deleted at once, and only the weekly figures and signals are saved.
 * A file that cannot be read gets one plain line and nothing is stored.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AreaContext, WebEnv } from '../app.js';
import { FilesPage } from '../pages/files.js';
import type { VaultGate } from '../vault-gate.js';

/** Uploads through the browser are held in memory while parsed: keep them to a sane size. */
export const WEB_UPLOAD_LIMIT_MB = 200;

export function registerFilesRoutes(app: Hono<WebEnv>, ctx: AreaContext, gate: VaultGate): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const page = (extra: Omit<Parameters<typeof FilesPage>[0], 'open' | 'limitMb'>) => (
    <FilesPage open={open()} limitMb={WEB_UPLOAD_LIMIT_MB} {...extra} />
  );

  app.get('/files', (c) => c.html(page({})));

  app.post(
    '/files',
    bodyLimit({
      maxSize: WEB_UPLOAD_LIMIT_MB * 1024 * 1024,
      onError: (c) =>
        c.html(
          page({ error: `The file is larger than ${WEB_UPLOAD_LIMIT_MB} MB. Nothing was stored.` }),
          413,
        ),
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File) || file.size === 0) {
        return c.html(page({ error: 'Please choose an export file. Nothing was stored.' }), 400);
      }
      const me = typeof form.me === 'string' ? form.me.trim() : '';
      const dir = await mkdtemp(join(tmpdir(), 'closer-'));
      // Keep the original extension (the importers detect .zip/.json/.xml/.txt), not the name.
      const extension = /\.(txt|zip|json|xml)$/i.exec(file.name)?.[0]?.toLowerCase() ?? '.txt';
      const path = join(dir, `upload${extension}`);
      try {
        await writeFile(path, new Uint8Array(await file.arrayBuffer()), { mode: 0o600 });
        // The importers are loaded on the first upload, not with the server.
        const { importChat } = await import('../../app/chat-import.js');
        const imported = await importChat({
          path,
          content: form.mode === 'content',
          ...(me ? { me } : {}),
        });
        if (!imported.ok) {
          const message = imported.error.message.replace(path, 'The file');
          return c.html(page({ error: `${message}. Nothing was stored.` }), 400);
        }
        const report = imported.value.report;
        const saved = await gate.vault().chatImports.add({
          format: report.format,
          mode: report.contentMode ? 'content' : 'metadata',
          participants: report.participants,
          first: report.first,
          last: report.last,
          weeks: report.weeks,
          signals: report.signals,
          excerpts: [],
        });
        if (!saved.ok) return c.html(page({ error: saved.error.message }), 400);
        ctx.workspace().extra.chats = report.signals;
        return c.html(page({ report }));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}
