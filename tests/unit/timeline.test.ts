import { describe, expect, test } from 'vitest';
import {
  buildTimeline,
  compareTimelineItems,
  groupByYear,
  type TimelineInput,
  type TimelineItem,
} from '../../src/lib/timeline';
import type { Dated } from '../../src/schemas/common';

const d = (value: string, precision: Dated['precision']): Dated => ({ value, precision });
const item = (id: string, date: Dated, kind: TimelineItem['kind'] = 'event', title = id): TimelineItem => ({
  kind,
  id,
  title,
  date,
});

const INPUT: TimelineInput = {
  events: [
    { id: 'debate', title: 'A debate', date: d('2016-10-09', 'exact'), sources: ['transcript'] },
    { id: 'strikes', title: 'Strikes', date: d('2015-09', 'approximate'), sources: [] },
  ],
  documents: [
    { id: 'blog', title: 'A blog post', date: d('2017-06', 'approximate') },
    { id: 'brief', title: 'A briefing', date: d('2016-10-10', 'exact') },
  ],
  sources: [
    { id: 'transcript', title: 'The transcript', date: d('2016-10-09', 'exact') },
    { id: 'book', title: 'A book', date: d('2015', 'year') },
    { id: 'column', title: 'A column', date: null },
    { id: 'op-ed', title: 'An op-ed', date: d('2017-02', 'approximate') },
  ],
};

describe('compareTimelineItems', () => {
  test('returns earlier dates first', () => {
    expect(compareTimelineItems(item('a', d('2015-09-30', 'exact')), item('b', d('2016-10-09', 'exact')))).toBeLessThan(
      0,
    );
  });

  test('returns a year before a month of that year, placing partial dates at their start', () => {
    const sorted = [item('month', d('2017-02', 'month')), item('year', d('2017', 'year'))].sort(compareTimelineItems);
    expect(sorted.map((i) => i.id)).toEqual(['year', 'month']);
  });

  test('returns the more certain date first when two dates start on the same day', () => {
    const sorted = [
      item('approx', d('2017-07-12', 'approximate')),
      item('exact', d('2017-07-12', 'exact')),
      item('year', d('2017', 'year')),
      item('approx-year', d('2017', 'approximate')),
    ].sort(compareTimelineItems);
    expect(sorted.map((i) => i.id)).toEqual(['year', 'approx-year', 'exact', 'approx']);
  });

  test('returns events before documents before sources on the same date and precision', () => {
    const date = d('2016-10-09', 'exact');
    const sorted = [item('s', date, 'source'), item('d', date, 'document'), item('e', date, 'event')].sort(
      compareTimelineItems,
    );
    expect(sorted.map((i) => i.kind)).toEqual(['event', 'document', 'source']);
  });

  test('returns titles in alphabetical order when everything else is equal', () => {
    const date = d('2016', 'year');
    const sorted = [item('1', date, 'source', 'Zebra'), item('2', date, 'source', 'Apple')].sort(compareTimelineItems);
    expect(sorted.map((i) => i.title)).toEqual(['Apple', 'Zebra']);
  });
});

describe('buildTimeline', () => {
  const timeline = buildTimeline(INPUT);

  test('returns events, documents and dated sources in date order', () => {
    expect(timeline.items.map((i) => `${i.kind}:${i.id}`)).toEqual([
      'source:book',
      'event:strikes',
      'event:debate',
      'document:brief',
      'source:op-ed',
      'document:blog',
    ]);
  });

  test('returns no entry of its own for a source an event stands for', () => {
    expect(timeline.items.some((i) => i.id === 'transcript')).toBe(false);
  });

  test('returns the undated sources apart, by id', () => {
    expect(timeline.undated).toEqual(['column']);
  });

  test('returns a source an event stands for neither as an entry nor as undated, even without a date', () => {
    const covered = buildTimeline({ ...INPUT, events: [{ ...INPUT.events[0]!, sources: ['column'] }] });
    expect(covered.undated).toEqual([]);
    expect(covered.items.map((i) => i.id)).toContain('transcript');
  });

  test('returns the date of each entry unchanged, precision and all', () => {
    expect(timeline.items.find((i) => i.id === 'blog')?.date).toEqual(d('2017-06', 'approximate'));
  });

  test('returns only publications when there are no events', () => {
    const noEvents = buildTimeline({ ...INPUT, events: [] });
    expect(noEvents.items.map((i) => i.kind)).not.toContain('event');
    expect(noEvents.items.map((i) => i.id)).toContain('transcript');
  });
});

describe('groupByYear', () => {
  test('returns consecutive entries of the same year together, in order', () => {
    const groups = groupByYear(buildTimeline(INPUT).items);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      ['2015', ['book', 'strikes']],
      ['2016', ['debate', 'brief']],
      ['2017', ['op-ed', 'blog']],
    ]);
  });

  test('returns no groups when there are no entries', () => {
    expect(groupByYear([])).toEqual([]);
  });
});
