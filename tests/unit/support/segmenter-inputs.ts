// Records what Intl.Segmenter is given: the windowing tests check that no huge string ever reaches it.
import { vi } from 'vitest';

/** Calls `run` and returns the lengths of every string Intl.Segmenter received meanwhile. */
export function segmenterInputs(run: () => void): number[] {
  const seen: number[] = [];
  const original = Intl.Segmenter.prototype.segment;
  const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
    seen.push(input.length);
    return original.call(this, input);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return seen;
}
