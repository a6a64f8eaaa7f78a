import type { WarningLight } from '@/components/light';

/**
 * The light shown while typing, decided like the server's on the unrounded value (59.99995 is red
 * although it shows as 60.0); the server computes the stored one from the ExecutionWarning table.
 */
export function previewLight(spent: number | undefined, budget: number, months: number): WarningLight | undefined {
  if (!(budget > 0) || !(months > 0)) {
    return 'NO_BUDGET';
  }
  if (typeof spent !== 'number') {
    return undefined;
  }
  // Compare spent × 1200 with threshold × budget × months instead of dividing, so no rounding decides.
  const scaled = spent * 1200;
  return scaled < 60 * budget * months ? 'RED' : scaled < 80 * budget * months ? 'YELLOW' : 'GREEN';
}
