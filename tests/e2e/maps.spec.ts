/**
 * The maps: the home page's argument map (two layouts, one shown by the screen's width) and each
 * argument page's neighbourhood map, checked against the content files and measured in the browser:
 * where arrows start and end, how large the text is drawn, and that nothing scrolls sideways.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { argumentsById, collapse, content } from './helpers';

const { arguments: args } = content;
const argHref = (id: string) => `/arguments/${id}/`;
const hrefs = async (locator: Locator) =>
  locator.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

const rebuttedBy = (id: string) => args.filter((a) => a.data.rebuts.includes(id)).map((a) => a.id);
const relatedTo = (id: string) => [
  ...new Set([
    ...(argumentsById.get(id)?.data.related ?? []),
    ...args.filter((a) => a.data.related.includes(id)).map((a) => a.id),
  ]),
];
const withNeighbours = args.filter((a) => a.data.rebuts.length + rebuttedBy(a.id).length + relatedTo(a.id).length > 0);

/** Smallest text drawn in `svg`, in CSS px: its font size scaled by how wide the SVG is drawn. */
const smallestText = (svg: Locator) =>
  svg.evaluate((el) => {
    const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
    const sizes = [...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return Math.min(...sizes);
  });

/** Nothing on the page reaches past the right edge, and no element of it has a sideways scroll bar. */
async function expectNoSidewaysScrolling(page: Page, what: string) {
  const { scrollWidth, inner } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    inner: [...document.querySelectorAll('main *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
      .map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className)}` : '')),
  }));
  expect(scrollWidth, `${what}: document width at ${page.viewportSize()?.width}px`).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  expect(inner, `${what}: elements scrolling sideways`).toEqual([]);
}

test.describe('home argument map', () => {
  const shown = (page: Page) => page.locator('main svg[role="img"]:visible');

  for (const [width, layout] of [
    [320, 'narrow'],
    [1280, 'wide'],
  ] as const) {
    test(`at ${width}px shows the ${layout} layout only, with a title and description, no script, no inline style`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      await expect(shown(page)).toHaveCount(1);
      const svg = shown(page);
      await expect(svg).toHaveClass(new RegExp(`argument-map__svg--${layout}`));
      await expect(svg.locator('title')).toHaveText('Argument map');
      await expect(svg.locator('desc')).toContainText(`All ${args.length} arguments`);
      expect(await svg.getAttribute('aria-labelledby')).toBe(`map-${layout}-title map-${layout}-desc`);
      expect(await page.locator('main svg script').count()).toBe(0);
      expect(await page.locator('main [style]').count()).toBe(0);
    });
  }

  test('draws the question, every argument and every rebuttal in both layouts', async ({ page }) => {
    await page.goto('/');
    const rebuttals = args.reduce((n, a) => n + a.data.rebuts.length, 0);
    for (const layout of ['wide', 'narrow']) {
      const svg = page.locator(`main svg.argument-map__svg--${layout}`);
      // Each wrapped line is a <tspan>; joined with spaces they give the full text back.
      const text = collapse(
        (await svg.locator('.map-question__text tspan, .map-node tspan').allTextContents()).join(' '),
      );
      expect(text).toContain(content.site.question);
      for (const arg of args) expect(text, `${layout}: ${arg.id}`).toContain(collapse(arg.data.title));
      await expect(svg.locator('.map-node')).toHaveCount(args.length);
      await expect(svg.locator('.map-edge')).toHaveCount(rebuttals);
    }
  });

  test('is followed by a list giving each argument under its stance with what it rebuts', async ({ page }) => {
    await page.goto('/');
    for (const arg of args) {
      const item = page
        .locator('.argument-outline > li')
        .filter({ has: page.locator(`:scope > a[href="${argHref(arg.id)}"]`) });
      await expect(item, arg.id).toHaveCount(1);
      const section = page.locator('section.stance-group').filter({ has: item });
      await expect(section.locator('h3')).toHaveAttribute('id', `outline-${arg.data.stance}`);
      expect((await hrefs(item.locator('.rebuts a'))).sort(), `${arg.id} rebuts`).toEqual(
        arg.data.rebuts.map(argHref).sort(),
      );
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`uses the page’s text colour for its words in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const { fill, color } = await page.evaluate(() => ({
        fill: getComputedStyle(document.querySelector('.map-node text')!).fill,
        color: getComputedStyle(document.body).color,
      }));
      expect(fill).toBe(color);
    });
  }

  test('reads at 320px: no sideways scrolling, inside the map or the page, and text of at least 12px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto('/');
    await expectNoSidewaysScrolling(page, '/');
    const box = (await shown(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await smallestText(shown(page))).toBeGreaterThanOrEqual(12);
  });

  test('uses the width it has at 1280px: wider than the text column, inside the window', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await expectNoSidewaysScrolling(page, '/');
    const map = (await shown(page).boundingBox())!;
    const lede = (await page.locator('main .lede').first().boundingBox())!;
    expect(map.width).toBeGreaterThan(lede.width + 100);
    expect(map.width).toBeGreaterThanOrEqual(0.75 * 1280);
    expect(map.x).toBeGreaterThanOrEqual(0);
    expect(map.x + map.width).toBeLessThanOrEqual(1280);
    expect(await smallestText(shown(page))).toBeGreaterThanOrEqual(12);
  });

  for (const [width, layout] of [
    [320, 'narrow'],
    [1280, 'wide'],
  ] as const) {
    test(`${layout} layout: every arrow runs from the box of the rebutting argument to the box of the rebutted one, and no two arrowheads share a spot`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const edges = await shown(page).evaluate((svg) =>
        [...svg.querySelectorAll<SVGPathElement>('path.map-edge')].map((path) => {
          const box = (id: string) => {
            const rect = svg.querySelector<SVGRectElement>(`g.map-node[data-argument="${id}"] rect`)!;
            return {
              x: rect.x.baseVal.value,
              y: rect.y.baseVal.value,
              w: rect.width.baseVal.value,
              h: rect.height.baseVal.value,
            };
          };
          const length = path.getTotalLength();
          const at = (l: number) => {
            const p = path.getPointAtLength(l);
            return { x: p.x, y: p.y };
          };
          const from = path.dataset['from']!;
          const to = path.dataset['to']!;
          return { from, to, start: at(0), end: at(length), fromBox: box(from), toBox: box(to) };
        }),
      );
      const rebuttals = args.flatMap((a) => a.data.rebuts.map((r) => `${a.id}>${r}`)).sort();
      expect(edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(rebuttals);
      const onRightSide = (p: { x: number; y: number }, b: { x: number; y: number; w: number; h: number }) =>
        Math.abs(p.x - (b.x + b.w)) < 0.5 && p.y > b.y && p.y < b.y + b.h;
      for (const e of edges) {
        expect(onRightSide(e.start, e.fromBox), `${e.from}>${e.to} starts on ${e.from}`).toBe(true);
        expect(onRightSide(e.end, e.toBox), `${e.from}>${e.to} ends on ${e.to}`).toBe(true);
      }
      // Arrowheads are 7.5 units tall: tips closer than that would overlap.
      for (const [i, a] of edges.entries()) {
        for (const b of edges.slice(i + 1)) {
          const apart = Math.hypot(a.end.x - b.end.x, a.end.y - b.end.y);
          expect(apart, `arrowheads of ${a.from}>${a.to} and ${b.from}>${b.to}`).toBeGreaterThanOrEqual(7.5);
        }
      }
    });

    test(`${layout} layout: every line of text fits inside its box`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const over = await shown(page).evaluate((svg) =>
        [...svg.querySelectorAll('g.map-node')].flatMap((g) => {
          const rect = g.querySelector('rect')!;
          const right = rect.x.baseVal.value + rect.width.baseVal.value;
          return [...g.querySelectorAll('tspan')]
            .filter((t) => t.x.baseVal[0]!.value + t.getComputedTextLength() > right - 4)
            .map((t) => t.textContent);
        }),
      );
      expect(over).toEqual([]);
    });
  }
});

test.describe('neighbourhood maps', () => {
  for (const arg of withNeighbours) {
    test(`${arg.id}: the map's links are its lists' links, which are the content's rebuttals and related arguments`, async ({
      page,
    }) => {
      await page.goto(argHref(arg.id));
      const figure = page.locator('figure.neighbourhood');
      await expect(figure).toHaveCount(1);
      // The links are in the picture, and no part of it is an image hiding them.
      await expect(figure.locator('svg')).toHaveAttribute('role', 'group');
      await expect(figure.locator('[role="img"], [aria-hidden="true"]')).toHaveCount(0);
      const expected = { rebuts: arg.data.rebuts, 'rebutted-by': rebuttedBy(arg.id), related: relatedTo(arg.id) };
      for (const [relation, ids] of Object.entries(expected)) {
        const list = await hrefs(
          page.locator(`section[aria-labelledby="${relation}"] .argument-list > li > a:not(.stance)`),
        );
        expect(list.sort(), `${relation} list`).toEqual(ids.map(argHref).sort());
        const drawn = figure.locator(`a.map-node[data-box^="${relation}/"]`);
        const inMap = await hrefs(drawn);
        const more = figure.locator(`a.neighbourhood__more[href="#${relation}"]`);
        if (inMap.length < ids.length) {
          // A capped group draws the first of its list and links to the whole list.
          await expect(more, `${relation}: link to the full list`).toHaveCount(1);
          await expect(more).toContainText(`all ${ids.length}`);
          expect(inMap.length).toBeGreaterThan(0);
        } else await expect(more).toHaveCount(0);
        const listed = await hrefs(
          page.locator(`section[aria-labelledby="${relation}"] .argument-list > li > a:not(.stance)`),
        );
        expect(inMap, `${relation} in the map`).toEqual(listed.slice(0, inMap.length));
        // Each box's link is named by what it shows: the argument's stance and claim.
        for (const [i, href] of inMap.entries()) {
          const id = /^\/arguments\/([^/]+)\/$/.exec(href)?.[1] ?? '';
          await expect(drawn.nth(i)).toHaveAccessibleName(
            new RegExp(`${collapse(argumentsById.get(id)!.data.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
          );
        }
      }
      await expect(figure.locator('.map-node--self')).toContainText(collapse(arg.data.title).split(' ')[0]!);
    });
  }

  test('every neighbourhood map reads at 320px: no sideways scrolling and text of at least 12px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const arg of withNeighbours) {
      await page.goto(argHref(arg.id));
      await expectNoSidewaysScrolling(page, arg.id);
      const svg = page.locator('figure.neighbourhood svg');
      expect(await smallestText(svg), arg.id).toBeGreaterThanOrEqual(12);
    }
  });

  test('the keyboard reaches every link of a map, each with a visible focus indicator, on screen', async ({ page }) => {
    const arg = withNeighbours.reduce((a, b) =>
      rebuttedBy(b.id).length + relatedTo(b.id).length > rebuttedBy(a.id).length + relatedTo(a.id).length ? b : a,
    );
    await page.goto(argHref(arg.id));
    const links = await hrefs(page.locator('figure.neighbourhood svg a'));
    expect(links.length).toBeGreaterThan(0);
    // Start from the section's heading, made focusable for the test, and Tab through the picture.
    await page.locator('#neighbourhood').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    const reached: string[] = [];
    for (let i = 0; i < links.length; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement!;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href') ?? '',
          inMap: el.closest('figure.neighbourhood') !== null,
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 0,
        };
      });
      expect(state.inMap, `Tab ${i + 1} left the map`).toBe(true);
      expect(state.outlined, `focus on ${state.href} is not visible`).toBe(true);
      expect(state.onScreen, `${state.href} is off screen when focused`).toBe(true);
      reached.push(state.href);
    }
    expect(reached).toEqual(links);
  });
});
