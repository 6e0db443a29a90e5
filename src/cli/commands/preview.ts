// `quanze preview <dir>`: serve a published site on 127.0.0.1 until Ctrl-C.

import { Command } from 'commander';
import type { Lang } from '../../diagnostics/types.js';
import { defaultPreviewPort, startPreview } from '../../preview/index.js';
import { invalidValue, placeholder, texts } from '../i18n.js';
import { untilSignalled, type Io } from '../io.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/u.test(value) || port > 65_535) throw invalidValue({ zh: '须为 0 到 65535 的整数（0 自动选择空闲端口）', en: 'give a whole number from 0 to 65535 (0 picks a free port)' });
  return port;
}

export function previewCommand(io: Io, lang: () => Lang): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('preview')
    .description(say({ zh: '在 127.0.0.1 上预览 quanze publish 输出的网站（Ctrl-C 停止）', en: 'serve a published site on 127.0.0.1 to look at it (Ctrl-C stops)' }))
    .argument(value('dir'), say({ zh: 'quanze publish 输出的文件夹', en: 'the folder quanze publish wrote' }))
    .option(`--port ${value('port')}`, say({ zh: `端口（默认 ${defaultPreviewPort}；0 自动选择）`, en: `port (default ${defaultPreviewPort}; 0 picks a free one)` }), parsePort)
    .action(async (dir: string, options: { port?: number }) => {
      const server = await startPreview(dir, { port: options.port ?? defaultPreviewPort }, io.cwd);
      const zh = lang() === 'zh';
      io.out(zh ? `正在预览 ${dir}：${server.url}（按 Ctrl-C 停止）\n` : `Previewing ${dir} at ${server.url} (press Ctrl-C to stop)\n`);
      await (io.interrupted ?? untilSignalled)();
      await server.close();
      io.out(zh ? '预览已停止。\n' : 'Preview stopped.\n');
    });
}
