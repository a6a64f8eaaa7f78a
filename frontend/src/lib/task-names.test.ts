import { describe, expect, it } from 'vitest';
import { TASK_NAMES_EN } from './task-names';

// The models themselves, read at test time (processes/ is the source of truth for task names).
const MODELS = import.meta.glob('../../../processes/**/*.bpmn', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('task names', () => {
  it('has an English name for every user task of the models', () => {
    const names = new Set<string>();
    for (const xml of Object.values(MODELS)) {
      for (const match of xml.matchAll(/<bpmn:userTask [^>]*name="([^"]+)"/g)) {
        names.add(match[1]);
      }
    }
    expect(Object.keys(MODELS).length).toBeGreaterThan(10);
    expect(names.size).toBeGreaterThan(30);
    expect([...names].filter((name) => !TASK_NAMES_EN[name])).toEqual([]);
  });
});
