// A minimal Marionette client: Firefox's own remote protocol, length-prefixed JSON over TCP (`<bytes>:<json>`).
// Every Firefox ESR we support (140 and later) speaks it, including evaluation in the chrome scope, which WebDriver BiDi
// only offers from Firefox 14x on.
import net from 'node:net';

export class Marionette {
  /** Connect to Marionette on 127.0.0.1:`port` and wait for its greeting. */
  static connect(port) {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const client = new Marionette(socket, () => resolve(client));
      socket.once('error', reject);
    });
  }

  constructor(socket, onGreeting) {
    this.socket = socket;
    this.pending = new Map();
    this.lastId = 0;
    // Commands go one at a time: Marionette answers them in order, and a chrome-scope script may wait on the page.
    this.queue = Promise.resolve();
    let buffered = Buffer.alloc(0);
    let greeted = false;
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const colon = buffered.indexOf(':');
        if (colon < 0) return;
        const length = Number(buffered.subarray(0, colon).toString());
        if (buffered.length < colon + 1 + length) return;
        const packet = JSON.parse(buffered.subarray(colon + 1, colon + 1 + length).toString());
        buffered = buffered.subarray(colon + 1 + length);
        if (!greeted) {
          greeted = true;
          onGreeting(packet);
        } else {
          this.onReply(packet);
        }
      }
    });
    socket.on('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  /** A reply is `[1, id, error, result]`. */
  onReply([, id, error, result]) {
    const waiter = this.pending.get(id);
    if (!waiter) return;
    this.pending.delete(id);
    if (error) waiter.reject(new Error(`Marionette ${waiter.command}: ${error.error}: ${error.message}`));
    else waiter.resolve(result);
  }

  /**
   * Send `command` with `params` (a request is `[0, id, command, params]`) and resolve with its result. A browser that
   * stops answering fails the command after `timeout` ms instead of hanging the suite.
   */
  send(command, params = {}, { timeout = 120000 } = {}) {
    const run = () =>
      new Promise((resolve, reject) => {
        const id = ++this.lastId;
        const timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new Error(`Marionette ${command}: no answer after ${timeout} ms`));
        }, timeout);
        const settle = (fn) => (value) => {
          clearTimeout(timer);
          fn(value);
        };
        this.pending.set(id, { command, resolve: settle(resolve), reject: settle(reject) });
        const body = JSON.stringify([0, id, command, params]);
        this.socket.write(`${Buffer.byteLength(body)}:${body}`);
      });
    const reply = this.queue.then(run, run);
    this.queue = reply.catch(() => {});
    return reply;
  }

  close() {
    this.socket.destroy();
  }
}
