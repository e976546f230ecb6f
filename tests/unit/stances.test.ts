import { describe, expect, test } from 'vitest';
import { countByStance } from '../../src/lib/stances';

describe('countByStance', () => {
  test('returns how many items take each stance, leaving out stances none takes', () => {
    const items = ['for', 'against', 'for', 'for'].map((stance) => ({ data: { stance } }));
    expect(countByStance(items)).toEqual(
      new Map([
        ['for', 3],
        ['against', 1],
      ]),
    );
  });
});
