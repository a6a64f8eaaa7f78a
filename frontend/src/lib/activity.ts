/**
 * When the user last touched the app (keys, pointer, scroll, touch). Sent with every API call as
 * X-BPM-Idle-Ms, so the server ends an unattended session even while the app polls in the
 * background; the idle warning (src/app/IdleWarning.tsx) reads it too.
 */
export const IDLE_HEADER = 'X-BPM-Idle-Ms';

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'] as const;

let lastInput = Date.now();
let tracking = false;

export function markUserActivity(at: number = Date.now()): void {
  lastInput = Math.max(lastInput, at);
}

export function lastUserActivity(): number {
  return lastInput;
}

export function idleMillis(now: number = Date.now()): number {
  return Math.max(0, now - lastInput);
}

/** Starts listening once; harmless to call again. */
export function trackUserActivity(target: Pick<Window, 'addEventListener'> = window): void {
  if (tracking) {
    return;
  }
  tracking = true;
  const mark = () => markUserActivity();
  EVENTS.forEach((event) => target.addEventListener(event, mark, { passive: true, capture: true }));
}
