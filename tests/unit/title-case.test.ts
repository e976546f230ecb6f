import { describe, expect, test } from 'vitest';
import { headlineCase } from '../../src/lib/citations/title-case';

describe('headlineCase', () => {
  test.each<[string, 'mla' | 'chicago', string]>([
    // Both: articles, prepositions and "and" lowercased; first and last words capitalised.
    [
      'Donald Trump seeks a grand bargain with Vladimir Putin',
      'mla',
      'Donald Trump Seeks a Grand Bargain with Vladimir Putin',
    ],
    ['Trump talking about Putin and Ukraine in 2014', 'chicago', 'Trump Talking about Putin and Ukraine in 2014'],
    // All-caps words, acronyms with points and a domain are left as they are; the word after a colon is capitalised.
    ['Russia & ISIS: the arguments', 'mla', 'Russia & ISIS: The Arguments'],
    [
      'Can the U.S. cooperate? JHI blog (choosingtolead.net)',
      'chicago',
      'Can the U.S. Cooperate? JHI Blog (choosingtolead.net)',
    ],
    // Contractions keep their lowercase tail.
    ['Trump’s plan isn’t just futile, it’s dangerous', 'mla', 'Trump’s Plan Isn’t Just Futile, It’s Dangerous'],
    // Subordinating conjunctions are capitalised in both (MLA 9 §2.90; CMOS 17 §8.159 rule 1).
    ['what happens if we wait and when', 'mla', 'What Happens If We Wait and When'],
    // "so" and "yet": lowercased by MLA 9 (coordinating conjunctions), capitalised by CMOS 17 §8.159 rule 4.
    ['late, yet necessary', 'mla', 'Late, yet Necessary'],
    ['late, yet necessary', 'chicago', 'Late, Yet Necessary'],
    // Words already capitalised are kept: the library never lowers a letter.
    ['Made In America', 'chicago', 'Made In America'],
  ])('returns %j in %s headline style as %j', (input, style, expected) => {
    expect(headlineCase(input, style)).toBe(expected);
  });
});
