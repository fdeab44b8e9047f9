// Component tests' shared DOM kit (happy-dom): render a Preact tree into the document, find elements by test id,
// wait for a condition, click; every mounted tree is unmounted and removed after each test.
import { afterEach } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
});

/** Renders `tree` into a fresh element of the document and returns that element. */
export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  await act(async () => render(tree, host));
  return host;
}

export const $ = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const $$ = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

/** Polls `check` (letting effects and timers run in between) until it holds; fails naming `what`. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(async () => new Promise((r) => setTimeout(r, 5)));
  }
  throw new Error(`never: ${what}`);
}

export const click = (el: Element | null) => act(async () => void (el as HTMLElement).click());

/** Lets pending timers, promises and effects run for `ms`. */
export const settle = (ms = 20) => act(async () => new Promise((r) => setTimeout(r, ms)));
