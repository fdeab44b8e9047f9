// Progress line on a terminal's stderr: pages done, pages per second, the last file. Redrawn at most 10 times a
// second, so a fast batch does not spend its time writing to the terminal.

const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly t0 = performance.now();

  constructor(private readonly total: number, private readonly write: (s: string) => void) {}

  tick(file: string): void {
    this.done++;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS && this.done < this.total) return;
    this.lastDraw = now;
    const rate = this.done / Math.max((now - this.t0) / 1000, 1e-3);
    const name = file.length > 50 ? `…${file.slice(-49)}` : file;
    this.write(`\r\x1b[K${this.done}/${this.total} pages · ${rate.toFixed(1)} pages/s · ${name}`);
    this.shown = true;
  }

  /** Erases the line (before another message, and at the end). */
  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
