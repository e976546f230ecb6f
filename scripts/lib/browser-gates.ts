// The browser gates over pages of a built site in Debian's Chromium, as the browser tests run them:
// axe-core, and the keyboard's focus.
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

/** The focused element as the keyboard gates judge it. */
export interface FocusState {
  href: string;
  label: string;
  className: string;
  /** Its focus is drawn: an outline of 2 px or more, or a box shadow. */
  visible: boolean;
  /** It is at least partly inside the viewport. */
  onScreen: boolean;
}

/**
 * The page's focused element as a `FocusState`, or null when nothing (or the body) has focus. Runs in
 * the page (`page.evaluate(focusState)`), so it uses nothing from outside itself.
 */
export function focusState(): FocusState | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const box = el.getBoundingClientRect();
  return {
    href: el.getAttribute('href') ?? '',
    label: (el.textContent ?? '').trim().slice(0, 50),
    className: typeof el.className === 'string' ? el.className : '',
    visible: outlined || style.boxShadow !== 'none',
    onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth && box.width > 0,
  };
}

/**
 * The keyboard on each of `pathnames` of the built site `dir`: Tab through its first `stops` stops (fewer
 * when focus leaves the page first); each must have a visible focus indicator and be on screen. One line
 * per fault, `<path>: Tab <n>: …`; empty when none.
 */
export async function keyboardProblems(dir: string, pathnames: readonly string[], stops = 40): Promise<string[]> {
  const server = await serve(dir);
  const browser = await launch();
  const found: string[] = [];
  try {
    const tab = await (await browser.newContext()).newPage();
    for (const pathname of pathnames) {
      await tab.goto(`${server.origin}${pathname}`);
      for (let i = 1; i <= stops; i++) {
        await tab.keyboard.press('Tab');
        const state = await tab.evaluate(focusState);
        if (state === null) break;
        const what = `${pathname}: Tab ${i}: "${state.label}" (${state.href})`;
        if (!state.visible) found.push(`${what} has no visible focus indicator`);
        if (!state.onScreen) found.push(`${what} is off screen`);
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return found;
}
