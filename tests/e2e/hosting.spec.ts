import { expect, test } from '@playwright/test';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

// The built app on a plain static server under a sub-path, as a region's web server would host it.
const dist = new URL('../../dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
let server: Server;
let base = '';

test.beforeAll(async () => {
  // The handler never rejects (every path ends the response), so its promise is deliberately not awaited.
  server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kommunerna/planatlas/`;
});

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/kommunerna/planatlas/')) {
      res.writeHead(404).end();
      return;
    }
    let rel = url.pathname.slice('/kommunerna/planatlas/'.length) || 'index.html';
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dist, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  }
}

test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('the built app works from a sub-path of a plain static server', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#/karta`);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Sexhörningskarta/ }).getByRole('button')).toHaveCount(290);
  await page.goto(`${base}#/data`);
  await page.getByLabel('Välj filer').setInputFiles({
    name: 'planer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('kommunkod;titel;status\r\nMark;Plan;antagen\r\n'),
  });
  await expect(
    page.getByRole('dialog', { name: 'Förhandsgranska import' }).getByRole('button', { name: 'Importera' }),
  ).toBeEnabled();
  expect(errors).toEqual([]);
});
