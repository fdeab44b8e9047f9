// Polling waits with a deadline, so tests wait for real state instead of sleeping a fixed time.

/**
 * Call `probe` until `accept(value)` holds, then return the value; throw with the last value seen after `timeout` ms.
 * Probe errors count as "not yet" (a page may be navigating) and are reported if the deadline passes.
 */
export async function waitFor(probe, { accept = Boolean, timeout = 5000, interval = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
