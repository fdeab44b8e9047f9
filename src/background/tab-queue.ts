// One queue of state writes per tab (pure: no extension APIs, so it is tested on its own).
const queues = new Map<number, Promise<unknown>>();

/**
 * Runs `task` after every task queued before it for this tab, so the tab's state and badge are written in the order
 * things were observed, never an older observation over a newer one.
 */
export function inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}
