import { expect, test } from '@playwright/test';
import { collapse, content, EDITORIAL_SELECTOR, slugsOf } from './helpers';

/** Every quotation and question of every argument, by the document it quotes. */
const quotedFrom = new Map<string, Array<{ argument: string; title: string; text: string; anchor?: string }>>();
for (const argument of content.arguments) {
  for (const q of [...argument.data.quotations, ...argument.data.questions]) {
    const list = quotedFrom.get(q.document) ?? [];
    list.push({
      argument: argument.id,
      title: argument.data.title,
      text: collapse(q.text),
      ...(q.anchor ? { anchor: q.anchor } : {}),
    });
    quotedFrom.set(q.document, list);
  }
}

for (const slug of slugsOf('documents')) {
  const quotations = quotedFrom.get(slug) ?? [];

  test(`/documents/${slug}/ marks every quotation from it where it stands, and links it to its argument`, async ({
    page,
  }) => {
    expect(quotations.length, `quotations of ${slug} in the content`).toBeGreaterThan(0);
    await page.goto(`/documents/${slug}/`);
    const problems = await page.evaluate(
      ([wanted, editorial]) => {
        /**
         * A block's words as a reader sees them, whitespace collapsed, with for each character
         * whether it is in a quotation mark and whether it is in a link, and where each numbered
         * reference stands (its offset in the words), with its target and accessible text.
         */
        const read = (block: Element) => {
          let text = '';
          const marked: boolean[] = [];
          const linked: boolean[] = [];
          const refs: Array<{ at: number; href: string; name: string }> = [];
          const walk = (node: Node) => {
            if (node instanceof Element) {
              if (node.matches('.q-ref')) {
                const href = new URL((node as HTMLAnchorElement).href).pathname;
                refs.push({ at: text.trimEnd().length, href, name: node.textContent ?? '' });
                return;
              }
              if (node.matches(editorial) && !node.matches('.q-refs')) return;
              node.childNodes.forEach(walk);
              return;
            }
            if (node.nodeType !== Node.TEXT_NODE) return;
            const inMark = node.parentElement?.closest('mark.q') !== null;
            const inLink = node.parentElement?.closest('a') !== null;
            for (const ch of (node.textContent ?? '').replace(/\s/g, ' ')) {
              if (ch === ' ' && (text === '' || text.endsWith(' '))) continue;
              text += ch;
              marked.push(inMark);
              linked.push(inLink);
            }
          };
          walk(block);
          return { text, marked, linked, refs };
        };
        const blocks = Array.from(document.querySelectorAll('.document-text .block'));
        const out: string[] = [];
        for (const q of wanted) {
          const block = q.anchor
            ? document.getElementById(q.anchor)
            : blocks.find((b) => read(b).text.includes(q.text));
          if (!block) {
            out.push(`${q.argument}: no block holds “${q.text.slice(0, 60)}”`);
            continue;
          }
          const { text, marked, linked, refs } = read(block);
          // Some occurrence of the words is marked throughout.
          let end = -1;
          for (let at = text.indexOf(q.text); at >= 0 && end < 0; at = text.indexOf(q.text, at + 1)) {
            if (marked.slice(at, at + q.text.length).every(Boolean)) end = at + q.text.length;
          }
          if (end < 0) {
            out.push(`${q.argument}: “${q.text.slice(0, 60)}” is not marked in #${block.id}`);
            continue;
          }
          // A reference to the argument follows the words: right after them, or after the link they end in.
          const ref = refs.find(
            (r) => r.href === `/arguments/${q.argument}/` && r.at >= end && linked.slice(end, r.at).every(Boolean),
          );
          if (!ref) out.push(`${q.argument}: no link to it right after “${q.text.slice(0, 60)}” in #${block.id}`);
          else if (!ref.name.includes(q.title)) out.push(`${q.argument}: its link is named “${ref.name}”`);
        }
        return out;
      },
      [quotations, EDITORIAL_SELECTOR] as const,
    );
    expect(problems).toEqual([]);
  });

  test(`/documents/${slug}/ names each block's quoting arguments in a note, numbered as its references`, async ({
    page,
  }) => {
    await page.goto(`/documents/${slug}/`);
    const notes = await page.locator('.document-text .block').evaluateAll((blocks) =>
      blocks.flatMap((block) => {
        const note = block.querySelector('.quoted-in');
        if (!note) return [];
        const numbered = (selector: string) =>
          Array.from(block.querySelectorAll(selector)).map((el) => ({
            n: (el.matches('a') ? el.firstChild?.textContent : el.querySelector('.quoted-in__n')?.textContent) ?? '',
            href: new URL((el.matches('a') ? el : el.querySelector('a'))?.getAttribute('href') ?? '', location.href)
              .pathname,
          }));
        return [{ anchor: block.id, notes: numbered('.quoted-in li'), refs: numbered('.q-ref') }];
      }),
    );
    const expected = new Set((quotedFrom.get(slug) ?? []).map((q) => `/arguments/${q.argument}/`));
    const listed = new Set(notes.flatMap((b) => b.notes.map((n) => n.href)));
    expect([...listed].sort(), 'arguments named in the notes').toEqual([...expected].sort());
    for (const block of notes) {
      expect(
        block.notes.map((n) => n.n),
        `numbers of the note of #${block.anchor}`,
      ).toEqual(block.notes.map((_, i) => String(i + 1)));
      for (const ref of block.refs) {
        expect(block.notes, `reference ${ref.n} in #${block.anchor}`).toContainEqual(ref);
      }
    }
  });
}

test.describe('notes beside the text', () => {
  const slug = slugsOf('documents')[0] ?? '';
  const firstNote = async (page: import('@playwright/test').Page) => {
    await page.goto(`/documents/${slug}/`);
    const block = page.locator('.document-text .block:has(> .quoted-in)').first();
    const text = (await block.locator('> p, > blockquote').first().boundingBox()) ?? {
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    };
    const note = (await block.locator('> .quoted-in').boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    return { text, note };
  };

  test('sit in the margin beside their block at 1280px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { text, note } = await firstNote(page);
    expect(note.x, 'the note starts right of the text').toBeGreaterThanOrEqual(text.x + text.width);
    expect(Math.abs(note.y - text.y), 'the note is level with the text').toBeLessThan(24);
  });

  for (const width of [320, 768]) {
    test(`sit under their block at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const { text, note } = await firstNote(page);
      expect(note.y, 'the note starts below the text').toBeGreaterThanOrEqual(text.y + text.height - 1);
      expect(note.x, 'the note is aligned with the text').toBeCloseTo(text.x, 0);
    });
  }
});
