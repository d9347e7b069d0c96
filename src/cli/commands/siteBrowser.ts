import { formatIssue, type Language } from '../../core/index.js';
import type { PageRenderer } from '../../site/index.js';

/** Where `--browser` finds its browser. */
export interface BrowserModeOptions {
  readonly executablePath?: string;
  readonly cdpEndpoint?: string;
  readonly language: Language;
  readonly stderr: (text: string) => void;
}

/**
 * The browser renderer of `vn-portal-kit site --browser` (issue #17), loaded only when asked for, so
 * `playwright-core` (an optional peer dependency) is never needed by the static crawl. `undefined` when no
 * browser can be started: the reason is printed once and the command runs the static checks.
 */
export async function loadBrowserRenderer(options: BrowserModeOptions): Promise<PageRenderer | undefined> {
  const say = (vi: string, en: string) =>
    options.stderr(`vn-portal-kit site: ${options.language === 'en' ? en : vi}\n`);
  let mod: typeof import('../../site/browser/createBrowserRenderer.js');
  try {
    mod = await import('../../site/browser/createBrowserRenderer.js');
  } catch (error) {
    say(
      `không nạp được chế độ trình duyệt (cần playwright-core): ${String(error).slice(0, 200)}; chỉ kiểm tra tĩnh`,
      `browser mode unavailable (playwright-core is needed): ${String(error).slice(0, 200)}; running the static checks only`,
    );
    return undefined;
  }
  const created = await mod.createBrowserRenderer({
    ...(options.executablePath ? { executablePath: options.executablePath } : {}),
    ...(options.cdpEndpoint ? { cdpEndpoint: options.cdpEndpoint } : {}),
  });
  if (!created.ok) {
    say(
      `không khởi động được trình duyệt (${created.issues.map((i) => formatIssue(i, 'vi')).join('; ')}); chỉ kiểm tra tĩnh`,
      `no browser could be started (${created.issues.map((i) => formatIssue(i, 'en')).join('; ')}); running the static checks only`,
    );
    return undefined;
  }
  return created.value;
}
