import { z } from 'astro/zod';

const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is YYYY, YYYY-MM or YYYY-MM-DD and names a day or month that exists. */
export function isRealPartialDate(value: string): boolean {
  const match = ISO_PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** YAML turns a bare 2016-10-10 into a Date and a bare 2016 into a number; keep the string the writer meant. */
const asDateString = (value: unknown): unknown => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
};

/** A calendar date as precise as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real one. */
export const partialDateSchema = z.preprocess(
  asDateString,
  z
    .string()
    .regex(ISO_PARTIAL_DATE, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealPartialDate, 'this date does not exist in the calendar'),
);

/** How far a date can be trusted. */
export const datePrecisionSchema = z.enum(['exact', 'month', 'year', 'approximate']);

/** A date together with how precisely it is known and where it comes from. */
export const datedSchema = z
  .object({
    /** The date, as precise as `precision` allows (`YYYY-MM-DD` for `exact`, `YYYY-MM` for `month`). */
    value: partialDateSchema,
    /** `exact` (the day is stated), `month`, `year`, or `approximate` (inferred; shown as "about"). */
    precision: datePrecisionSchema,
    /** Where the date comes from when it is not printed on the work itself (e.g. "from the URL path"). */
    basis: z.string().min(1).optional(),
  })
  .refine(
    (d) =>
      (d.precision !== 'exact' || d.value.length === 10) &&
      (d.precision !== 'month' || d.value.length === 7) &&
      (d.precision !== 'year' || d.value.length === 4),
    {
      message: 'precision does not match the date: exact needs YYYY-MM-DD, month YYYY-MM, year YYYY',
      path: ['precision'],
    },
  );

/** Who wrote a work: a named person, an organisation, or explicitly nobody known. */
export const authorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('person'),
    /** The person's name as printed. */
    name: z.string().min(1),
    /** Who they are, as the documents or the reference notes describe them. */
    description: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('organisation'),
    /** The organisation's name. */
    name: z.string().min(1),
    /** Contributors the work credits, or a note on its byline. */
    description: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('unknown'),
    /** Why no author is known (e.g. "unsigned blog post"). */
    note: z.string().min(1),
  }),
]);

/** An absolute http(s) address with a real host name. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'expected a full http(s) URL such as https://example.org/page',
});

/** A verified link other than the work itself: an event page, a report that quotes it, a translation. */
export const relatedLinkSchema = z.object({
  /** The verified address. */
  url: urlSchema,
  /** What a reader finds there, in a few words. */
  label: z.string().min(1),
});

/** Where a document, argument or source stands on the question. */
export const stanceSchema = z.enum(['for', 'against', 'qualified']);

export type Dated = z.infer<typeof datedSchema>;
export type Author = z.infer<typeof authorSchema>;
export type Stance = z.infer<typeof stanceSchema>;
