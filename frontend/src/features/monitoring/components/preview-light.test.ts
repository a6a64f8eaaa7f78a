import { describe, expect, it } from 'vitest';
import { previewLight } from './preview-light';

describe('previewLight', () => {
  it('decides on the unrounded value: 1,199,999 of 8,000,000 in month 3 is 59.99995, red', () => {
    expect(previewLight(1199999, 8000000, 3)).toBe('RED');
    expect(previewLight(1200000, 8000000, 3)).toBe('YELLOW');
  });

  it('lights domain example 8 (month 7, budget 1,000,000)', () => {
    expect(previewLight(350000, 1000000, 7)).toBe('YELLOW');
    expect(previewLight(340000, 1000000, 7)).toBe('RED');
    expect(previewLight(500000, 1000000, 7)).toBe('GREEN');
    expect(previewLight(466666, 1000000, 7)).toBe('YELLOW');
  });

  it('shows no budget rather than a red light when the budget is zero', () => {
    expect(previewLight(0, 0, 7)).toBe('NO_BUDGET');
    expect(previewLight(undefined, 1000000, 7)).toBeUndefined();
  });
});
