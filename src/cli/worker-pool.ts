// A fixed number of worker threads running one task at a time each. A worker that throws, exits, runs out of
// memory or overruns its time limit rejects its task and is replaced, so one bad input costs its own result only.

import { Worker, type ResourceLimits } from 'node:worker_threads';

export class WorkerPool<T, R> {
  private readonly idle: Worker[] = [];
  private readonly live = new Set<Worker>();

  constructor(private readonly script: URL, private readonly limits?: ResourceLimits) {}

  private spawn(): Worker {
    const w = new Worker(this.script, { resourceLimits: this.limits });
    this.live.add(w);
    // Permanent listeners: an idle worker that dies leaves the pool instead of crashing the process.
    w.on('error', () => undefined);
    w.on('exit', () => {
      this.live.delete(w);
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
    });
    return w;
  }

  /** Runs a task on an idle worker (a new one when none is idle); rejects when the worker dies on it or, given
   *  `timeoutMs`, when the task takes longer (the worker is then stopped: JavaScript stuck in a loop cannot be
   *  interrupted any other way). */
  run(task: T, timeoutMs = 0): Promise<R> {
    const w = this.idle.pop() ?? this.spawn();
    return new Promise<R>((resolve, reject) => {
      const timer = timeoutMs > 0 ? setTimeout(() => {
        settle();
        this.live.delete(w);
        void w.terminate();
        reject(Object.assign(new Error(`took longer than ${timeoutMs / 1000} s`), { name: 'TimeoutError' }));
      }, timeoutMs) : undefined;
      const settle = (): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const onMessage = (r: R): void => {
        settle();
        this.idle.push(w);
        resolve(r);
      };
      const onError = (e: Error): void => {
        settle();
        this.live.delete(w);
        void w.terminate();
        reject((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error('worker ran out of memory') : e);
      };
      const onExit = (code: number): void => {
        settle();
        reject(new Error(`worker exited with code ${code}`));
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(task);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all([...this.live].map((w) => w.terminate()));
    this.idle.length = 0;
  }
}
