// @vitest-environment happy-dom
// The options page against an in-memory settings store: defaults, reset, remembered site sizes, always-open sites.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createSettingsStore, DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/common/settings';
import { Options } from '../../../src/options/Options';
import { fakeArea } from '../support/memory-storage';
import { $, $$, mount as mountTree, settle } from '../support/preact-dom';
import type { ShortcutAccess } from '../../../src/options/ShortcutSection';

const t = (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key);
const flush = () => settle(0);
const q = (id: string) => $(document, id);
const qa = (id: string) => $$(document, id);

async function mount(seed: Record<string, unknown> = {}, shortcut: ShortcutAccess = { current: async () => 'Alt+Shift+R' }) {
  const fake = fakeArea();
  for (const [k, v] of Object.entries(seed)) fake.data.set(k, v);
  const settings = createSettingsStore(fake.area, fake.subscribe);
  const removePermission = vi.fn(async () => true);
  await mountTree(<Options settings={settings} t={t} removePermission={removePermission} shortcut={shortcut} />);
  await flush();
  return { fake, settings, removePermission };
}

describe('options page', () => {
  it('shows the stored defaults and stores a picked theme, font and highlighting', async () => {
    const { fake } = await mount({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'sepia', textSize: 135 } });
    expect((q('opt-theme-sepia') as HTMLInputElement).checked).toBe(true);
    expect(q('opt-text-size-value')?.textContent).toBe('135%');

    await act(() => (q('opt-theme-dark') as HTMLInputElement).click());
    await act(() => (q('opt-font-sans') as HTMLInputElement).click());
    await act(() => (q('opt-highlight') as HTMLInputElement).click());
    await flush();
    expect(fake.data.get(SETTINGS_KEY)).toMatchObject({ theme: 'dark', font: 'sans', highlightQuotes: false, textSize: 135 });
    expect((q('opt-theme-dark') as HTMLInputElement).checked).toBe(true);
  });

  it('the size slider previews while dragged and stores once, on release', async () => {
    const { fake } = await mount();
    const slider = q('opt-text-size') as HTMLInputElement;
    const writes = vi.spyOn(fake.area, 'set');
    for (const step of ['4', '5', '6']) {
      slider.value = step;
      await act(() => {
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    expect(q('opt-text-size-value')?.textContent).toBe('135%');
    expect(writes).not.toHaveBeenCalled();
    await act(() => {
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(fake.data.get(SETTINGS_KEY)).toMatchObject({ textSize: 135 });
  });

  it('reset brings the defaults back and keeps site sizes and always-open sites', async () => {
    const { fake } = await mount({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 200, lineHeight: 2 },
      'site:https://news.example': { textSize: 150 },
      autoOpen: ['https://news.example'],
    });
    await act(() => q('opt-reset')?.click());
    await flush();
    expect(fake.data.get(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
    expect((q('opt-theme-auto') as HTMLInputElement).checked).toBe(true);
    expect(q('opt-text-size-value')?.textContent).toBe(`${DEFAULT_SETTINGS.textSize}%`);
    expect(fake.data.get('site:https://news.example')).toEqual({ textSize: 150 });
    expect(fake.data.get('autoOpen')).toEqual(['https://news.example']);
  });

  it('lists remembered site sizes (ignoring malformed keys) and forgets one on Remove', async () => {
    const { fake } = await mount({
      'site:https://b.example': { textSize: 150 },
      'site:https://a.example': { textSize: 85 },
      'site:javascript:alert(1)': { textSize: 150 },
      'site:https://c.example/path': { textSize: 150 },
      'site:https://d.example': { nothing: true },
    });
    const rows = () => qa('site-sizes').flatMap((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent));
    expect(rows()).toEqual(['a.example85%optionsRemove', 'b.example150%optionsRemove']);
    await act(() => qa('site-size-remove')[0]?.click());
    await flush();
    expect(fake.data.has('site:https://a.example')).toBe(false);
    expect(rows()).toEqual(['b.example150%optionsRemove']);
    await act(() => qa('site-size-remove')[0]?.click());
    await flush();
    expect(q('sizes-empty')).not.toBeNull();
  });

  it('follows changes made elsewhere: a size remembered from the popup appears without a reload', async () => {
    const { settings } = await mount();
    expect(q('sizes-empty')).not.toBeNull();
    await act(async () => {
      await settings.setSiteOverride('https://news.example/story', true);
    });
    await flush();
    expect(qa('site-sizes')).toHaveLength(1);
    expect(q('site-sizes')?.textContent).toContain('news.example');
  });

  it('shows the shortcut the browser gives the toggle, and opens the browser\'s shortcut page on Change', async () => {
    const openSettings = vi.fn();
    await mount({}, { current: async () => 'Ctrl+Shift+Y', openSettings });
    expect(q('opt-shortcut')?.textContent).toBe('Ctrl+Shift+Y');
    await act(() => q('opt-shortcut-change')?.click());
    expect(openSettings).toHaveBeenCalledTimes(1);
  });

  it('says when the toggle has no shortcut, and offers no Change button where the browser has no page to open', async () => {
    await mount({}, { current: async () => '' });
    expect(q('opt-shortcut')?.textContent).toBe('optionsShortcutNone');
    expect(q('opt-shortcut-change')).toBeNull();
  });

  it('removing an always-open site withdraws its permission and drops it from the list', async () => {
    const { fake, removePermission } = await mount({ autoOpen: ['https://a.example', 'https://b.example'] });
    expect(qa('site-remove')).toHaveLength(2);
    await act(() => qa('site-remove')[0]?.click());
    await flush();
    expect(removePermission).toHaveBeenCalledWith('https://a.example/*');
    expect(fake.data.get('autoOpen')).toEqual(['https://b.example']);
    expect(qa('site-remove')).toHaveLength(1);
  });
});
