// axe-core over pages of a built site in Debian's Chromium, as the browser tests run it.
import AxeBuilder from '@axe-core/playwright';
import { launch, serve } from './browser.ts';

/** The WCAG rule sets every axe gate of the project runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on each of `pathnames` (site paths) of the built site `dir`, in the light and the
 * dark colour scheme: one line per violation, `<path> (<scheme>): <rule>: <help>`; empty when none.
 */
export async function axeViolations(dir: string, pathnames: readonly string[]): Promise<string[]> {
  const server = await serve(dir);
  const browser = await launch();
  const found: string[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const tab = await context.newPage();
      for (const pathname of pathnames) {
        await tab.goto(`${server.origin}${pathname}`);
        const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
        found.push(...violations.map((v) => `${pathname} (${colorScheme}): ${v.id}: ${v.help}`));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return found;
}
