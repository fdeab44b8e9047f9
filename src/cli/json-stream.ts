// Writes results as one JSON value while they arrive: a single result alone as an object (as the CLI always
// printed one file), two or more as an array written item by item, so no batch is ever held whole.

export class JsonStream {
  private first: unknown;
  private count = 0;

  constructor(private readonly out: (s: string) => void) {}

  push(item: unknown): void {
    this.count++;
    if (this.count === 1) {
      this.first = item; // held until a second item shows whether this is an array
      return;
    }
    if (this.count === 2) this.out(`[\n${indent(this.first)}`);
    this.first = undefined;
    this.out(`,\n${indent(item)}`);
  }

  end(): void {
    if (this.count === 1) this.out(`${JSON.stringify(this.first, null, 2)}\n`);
    else if (this.count > 1) this.out('\n]\n');
  }
}

/** An item as JSON.stringify(array, null, 2) would print it inside an array. */
const indent = (item: unknown): string => `  ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}`;
