import { describe, expect, it } from 'vitest';
import { messageParts, messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it.each(Object.entries(messageParts))('%s has the same keys in Chinese and English', (_, { zh, en }) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.entries(messageParts))('%s has a text in both languages with the same placeholders', (_, { zh, en }) => {
    for (const key of Object.keys(zh)) {
      expect(zh[key], key).not.toBe('');
      expect(en[key], key).not.toBe('');
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(zh[key]));
    }
  });

  it('has every key in exactly one part, so no feature overrides another', () => {
    const defined = Object.values(messageParts).flatMap(({ zh }) => Object.keys(zh));
    expect(new Set(defined).size).toBe(defined.length);
    expect(Object.keys(messages.zh).sort()).toEqual([...defined].sort());
    expect(Object.keys(messages.en).sort()).toEqual([...defined].sort());
  });
});
