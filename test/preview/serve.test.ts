// The preview server: files inside the folder with the right content types, nothing outside it, 404s, and the CLI's address line.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { startPreview, type PreviewServer } from '../../src/preview/index.js';
import { fakeIo } from '../helpers/fake-io.js';

interface Answer { status: number; type: string | undefined; location: string | undefined; body: string }

/** A request with the path sent exactly as given (fetch would normalise `..` away before it left). */
function get(port: number, path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const base = mkdtempSync(join(tmpdir(), 'quanze-preview-'));
const site = join(base, 'site');
mkdirSync(join(site, 'powers'), { recursive: true });
mkdirSync(join(site, 'data'));
writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>首页</title>');
writeFileSync(join(site, 'powers', 'index.html'), 'powers index');
writeFileSync(join(site, 'powers', 'CF 001 权.html'), 'a power');
writeFileSync(join(site, 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(site, 'data', 'inventory.json'), '{}');
writeFileSync(join(site, 'data', 'inventory.xlsx'), 'PK');
writeFileSync(join(site, 'data', 'inventory.csv'), '\ufeffa,b');
writeFileSync(join(site, '.quanze-site'), 'marker');
writeFileSync(join(base, 'secret.txt'), 'outside the site');
symlinkSync(join(base, 'secret.txt'), join(site, 'link.txt'));

describe('startPreview', () => {
  let server: PreviewServer;
  beforeAll(async () => { server = await startPreview(site, { port: 0 }); });
  afterAll(async () => { await server?.close(); });

  it('listens on 127.0.0.1 only and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', '<!DOCTYPE html><title>首页</title>'],
    ['/index.html?q=%E9%A3%9F%E5%93%81', 'text/html; charset=utf-8', '<!DOCTYPE html><title>首页</title>'],
    ['/powers/', 'text/html; charset=utf-8', 'powers index'],
    ['/powers/CF%20001%20%E6%9D%83.html', 'text/html; charset=utf-8', 'a power'],
    ['/chart.svg', 'image/svg+xml; charset=utf-8', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['/data/inventory.json', 'application/json; charset=utf-8', '{}'],
    ['/data/inventory.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
    ['/data/inventory.csv', 'text/csv; charset=utf-8', '\ufeffa,b'],
  ])('serves %s as %s', async (path, type, body) => {
    const answer = await get(server.port, path);
    expect(answer).toMatchObject({ status: 200, type, body });
  });

  it('redirects a folder without its slash so relative links resolve inside it', async () => {
    expect(await get(server.port, '/powers?x=1')).toMatchObject({ status: 301, location: '/powers/?x=1' });
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/powers/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '/.quanze-site', '/nope.html'])(
    'answers 404 for %s, with a page that says so',
    async (path) => {
      const answer = await get(server.port, path);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain('404 找不到该页面');
      expect(answer.body).not.toContain('outside the site');
    },
  );

  it('answers 400 for a path that does not decode, and 405 for other methods', async () => {
    expect((await get(server.port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.port, '/index.html', 'POST')).status).toBe(405);
    expect(await get(server.port, '/index.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it("serves the site's own 404.html when it has one", async () => {
    const other = join(base, 'with-404');
    mkdirSync(other);
    writeFileSync(join(other, '404.html'), 'our own 404');
    const own = await startPreview(other, { port: 0 });
    try {
      expect(await get(own.port, '/missing')).toMatchObject({ status: 404, body: 'our own 404' });
    } finally {
      await own.close();
    }
  });
});

describe('quanze preview', () => {
  it('prints the address, serves until interrupted, then stops with exit 0', async () => {
    let stop = (): void => undefined;
    const interrupted = new Promise<void>((resolve) => { stop = resolve; });
    const io = fakeIo({ cwd: base, interrupted });
    const running = run(['preview', 'site', '--port', '0'], io);
    let match: RegExpMatchArray | null = null;
    for (let i = 0; i < 200 && !match; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      match = /^正在预览 site：http:\/\/127\.0\.0\.1:(\d+)\/（按 Ctrl-C 停止）$/mu.exec(io.stdout());
    }
    expect(match, io.stdout() + io.stderr()).not.toBeNull();
    expect((await get(Number(match?.[1]), '/')).status).toBe(200);
    stop();
    expect(await running).toBe(0);
    expect(io.stdout()).toContain('预览已停止。');
  });

  it('refuses a folder that is not there, in one line, exit 2', async () => {
    const io = fakeIo({ cwd: base, lang: 'en' });
    expect(await run(['preview', 'missing', '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toBe('quanze: missing does not exist: check the path, or write the site first with quanze publish -o missing\n');
  });

  it('says which port is taken and how to choose another', async () => {
    const taken = await startPreview(site, { port: 0 });
    try {
      const io = fakeIo({ cwd: base });
      expect(await run(['preview', 'site', '--port', String(taken.port)], io)).toBe(2);
      expect(io.stderr()).toBe(`quanze: 端口 ${taken.port} 已被占用：请用 --port 换一个端口（--port 0 自动选择）\n`);
    } finally {
      await taken.close();
    }
  });

  it('rejects a port that is not a number', async () => {
    const io = fakeIo({ cwd: base });
    expect(await run(['preview', 'site', '--port', 'eighty'], io)).toBe(2);
    expect(io.stderr()).toMatch(/--port/u);
  });
});
