/**
 * The test browser (and the search benchmark's): a Chromium that comes through npm, pinned in package.json
 * like every other dependency, so every machine runs the same browser and the
 * same fonts. Driven by playwright-core with a fresh profile and the flags that
 * keep it off the network.
 *
 * - On Linux x64 the browser is @sparticuz/chromium (a Chromium build inside its
 *   npm package), unpacked once into node_modules/.cache/ under its version.
 * - CHROMIUM_PATH points at another Chrome or Chromium (other systems, or to
 *   compare); it overrides the default everywhere.
 * - Fonts: only Noto Sans SC (OFL, from @expo-google-fonts/noto-sans-sc), given
 *   to the browser through a fontconfig file written here. Layout tests (a 320 px
 *   phone, no layout shift, the header on one row) then measure real Chinese
 *   glyphs, the same on every machine, and screenshots show characters, not boxes.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/utils/project.ts';

const CACHE = join(PROJECT_ROOT, 'node_modules/.cache/test-browser');

/** Regular and bold: the two weights the site's CSS asks for. */
const FONT_WEIGHTS = ['400Regular', '700Bold'];
const TEST_FONT = 'Noto Sans SC';

/** An installed package's folder (these packages do not export their package.json). */
function packageDir(name: string): string {
  return join(PROJECT_ROOT, 'node_modules', name);
}

/** A fontconfig file that offers the browser Noto Sans SC, and nothing else, for every generic family. */
function fontconfigFile(): string {
  const fonts = packageDir('@expo-google-fonts/noto-sans-sc');
  const dirs = FONT_WEIGHTS.map((w) => `  <dir>${join(fonts, w)}</dir>`).join('\n');
  const generic = ['sans-serif', 'serif', 'monospace', 'system-ui']
    .map((f) => `  <alias binding="same"><family>${f}</family><prefer><family>${TEST_FONT}</family></prefer></alias>`)
    .join('\n');
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs}
  <cachedir>${join(CACHE, 'fontconfig-cache')}</cachedir>
${generic}
</fontconfig>
`;
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, 'fonts.conf');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== xml) writeFileSync(file, xml);
  return file;
}

/** Where the test browser is: CHROMIUM_PATH, else the npm Chromium on Linux x64. */
async function chromiumPath(): Promise<string> {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given))
      throw new Error(
        `CHROMIUM_PATH=${given}: no such file. Point CHROMIUM_PATH at a Chrome or Chromium executable, or unset it to use the Chromium from npm (Linux x64).`,
      );
    return given;
  }
  if (platform() !== 'linux' || arch() !== 'x64') {
    throw new Error(
      `The tests bring their own Chromium only on Linux x64 (this is ${platform()} ${arch()}). Set CHROMIUM_PATH to a Chrome or Chromium executable, e.g. CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`,
    );
  }
  const { version } = JSON.parse(readFileSync(join(packageDir('@sparticuz/chromium'), 'package.json'), 'utf8')) as {
    version: string;
  };
  // The package unpacks into os.tmpdir() and reuses whatever `chromium` it finds
  // there; a folder of our own per version keeps an old browser from being reused.
  const dir = join(CACHE, `chromium-${version}`);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const { default: npmChromium } = await import('@sparticuz/chromium');
    npmChromium.setGraphicsMode = false;
    return await npmChromium.executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
    ],
  });
}

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the served site (they are blocked, and recorded). */
  foreign: string[];
  consoleErrors: string[];
}

/** Keeps a browser context on `origin`: any request elsewhere is aborted and recorded in `foreign`. */
export async function keepLocal(context: BrowserContext, origin: string, foreign: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
}

interface PageOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** A phone's touch screen: touch events, a coarse pointer, no hover. */
  touch?: boolean;
}

/** A page whose requests may only go to `origin` (keepLocal), with its console errors recorded. */
export async function openPage(browser: Browser, origin: string, opts: PageOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: { width: opts.width ?? 1024, height: opts.height ?? 800 },
    hasTouch: opts.touch ?? false,
    isMobile: opts.touch ?? false,
    locale: 'zh-CN',
    colorScheme: opts.colorScheme ?? 'light',
  });
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  await keepLocal(context, origin, foreign);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { context, page, foreign, consoleErrors };
}
