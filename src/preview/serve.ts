// `quanze preview`: serves a published folder on 127.0.0.1 with Node's own http, for a look before it goes to the portal.

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import { contentTypeOf } from './content-types.js';
import { isInside, resolveRequestPath } from './resolve-path.js';

/** Only the loopback address: a preview is for the person at this machine, never for the network. */
export const previewHost = '127.0.0.1';

export interface PreviewOptions {
  /** TCP port; 0 lets the system pick a free one (the tests do). */
  readonly port?: number;
}

export interface PreviewServer {
  /** The address to open, e.g. http://127.0.0.1:8080/ */
  readonly url: string;
  readonly port: number;
  /** The folder served (absolute, symbolic links resolved). */
  readonly root: string;
  close(): Promise<void>;
}

export const defaultPreviewPort = 8080;

const notFoundPage = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>404 找不到该页面</title></head>
<body><main><h1>404 找不到该页面</h1><p>预览的文件夹中没有这个地址。<a href="/">返回首页</a></p><p lang="en">Not found in the folder being previewed. <a href="/">Home</a></p></main></body></html>
`;

const baseHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', 'Referrer-Policy': 'no-referrer' } as const;

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean, extra: Record<string, string> = {}): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...baseHeaders, 'Content-Type': type, 'Content-Length': String(bytes.length), ...extra });
  res.end(head ? undefined : bytes);
}

async function fileAt(path: string): Promise<{ readonly path: string; readonly size: number; readonly directory: boolean } | undefined> {
  try {
    const stats = await stat(path);
    return { path, size: stats.size, directory: stats.isDirectory() };
  } catch {
    return undefined;
  }
}

/** The site's own 404.html when it has one, else a small page of ours; always status 404. */
async function notFound(root: string, res: ServerResponse, head: boolean): Promise<void> {
  const own = await fileAt(join(root, '404.html'));
  if (own && !own.directory) {
    res.writeHead(404, { ...baseHeaders, 'Content-Type': contentTypeOf(own.path), 'Content-Length': String(own.size) });
    if (head) res.end();
    else createReadStream(own.path).pipe(res);
    return;
  }
  send(res, 404, 'text/html; charset=utf-8', notFoundPage, head);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    send(res, 405, 'text/plain; charset=utf-8', '405 只支持 GET 和 HEAD / only GET and HEAD\n', false, { Allow: 'GET, HEAD' });
    return;
  }
  const target = req.url ?? '/';
  const resolved = resolveRequestPath(root, target);
  if (resolved.kind === 'bad-request') {
    send(res, 400, 'text/plain; charset=utf-8', '400 地址无效 / bad request\n', head);
    return;
  }
  if (resolved.kind === 'not-found') return notFound(root, res, head);
  let found = await fileAt(resolved.path);
  if (found?.directory) {
    const pathname = target.split(/[?#]/u, 1)[0] ?? '/';
    // A folder without its slash: redirect, so the relative links of its index.html resolve inside it.
    if (!pathname.endsWith('/')) {
      send(res, 301, 'text/plain; charset=utf-8', '', head, { Location: `${pathname}/${target.slice(pathname.length)}` });
      return;
    }
    found = await fileAt(join(resolved.path, 'index.html'));
  }
  if (!found || found.directory) return notFound(root, res, head);
  // A symbolic link inside the folder may point outside it: serve only what really lies inside.
  const real = await realpath(found.path).catch(() => undefined);
  if (real === undefined || !isInside(root, real)) return notFound(root, res, head);
  res.writeHead(200, { ...baseHeaders, 'Content-Type': contentTypeOf(found.path), 'Content-Length': String(found.size) });
  if (head) {
    res.end();
    return;
  }
  createReadStream(real)
    .on('error', () => res.destroy())
    .pipe(res);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, previewHost, () => {
      server.off('error', onError);
      const address = server.address();
      resolvePort(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Starts serving `dir` (relative to `cwd` when not absolute). Resolves once the server listens. */
export async function startPreview(dir: string, options: PreviewOptions = {}, cwd = '.'): Promise<PreviewServer> {
  const absolute = resolve(cwd, dir);
  const folder = await fileAt(absolute);
  if (folder === undefined) {
    throw new ToolkitError('input-not-found', {
      zh: `找不到文件夹 ${dir}：请检查路径，或先用 quanze publish -o ${dir} 生成网站`,
      en: `${dir} does not exist: check the path, or write the site first with quanze publish -o ${dir}`,
    });
  }
  if (!folder.directory) {
    throw new ToolkitError('input-not-found', {
      zh: `${dir} 不是文件夹：请给出 quanze publish 输出的文件夹`,
      en: `${dir} is not a folder: give the folder that quanze publish wrote`,
    });
  }
  const root = await realpath(absolute);
  const port = options.port ?? defaultPreviewPort;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ToolkitError('bad-arguments', { zh: `端口 ${port} 无效：请给出 0 到 65535 之间的整数`, en: `Port ${port} is not valid: give a whole number from 0 to 65535` });
  }
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '500\n', false);
      else res.destroy();
    });
  });
  let actual: number;
  try {
    actual = await listen(server, port);
  } catch (cause) {
    const inUse = (cause as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw new ToolkitError(
      'port-unavailable',
      inUse
        ? { zh: `端口 ${port} 已被占用：请用 --port 换一个端口（--port 0 自动选择）`, en: `Port ${port} is already in use: choose another with --port (--port 0 picks a free one)` }
        : { zh: `无法在 ${previewHost}:${port} 上监听：请用 --port 换一个端口`, en: `Cannot listen on ${previewHost}:${port}: choose another port with --port` },
      { cause },
    );
  }
  return {
    url: `http://${previewHost}:${actual}/`,
    port: actual,
    root,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
