// The options page: global reading defaults, and the sites that always open in reading mode (removable).
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_TEXT_SIZE, FONTS, LINE_HEIGHTS, TEXT_SIZES, THEMES, WIDTHS, originPattern,
  type EffectiveSettings, type Settings, type SettingsStore,
} from '../common/settings';

interface Props {
  settings: SettingsStore;
  t: (key: string, subs?: string[]) => string;
  removePermission: (pattern: string) => Promise<boolean>;
}

type Editable = Omit<Settings, 'version'>;

function Choice<T extends string | number>(props: { label: string; name: string; values: readonly T[]; value: T; optionLabel: (v: T) => string; onPick: (v: T) => void }) {
  return (
    <fieldset class="choice">
      <legend>{props.label}</legend>
      {props.values.map((v) => (
        <label key={String(v)}>
          <input type="radio" name={props.name} checked={v === props.value} onChange={() => props.onPick(v)} data-testid={`opt-${props.name}-${v}`} />
          {props.optionLabel(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function Options({ settings, t, removePermission }: Props) {
  const [current, setCurrent] = useState<EffectiveSettings | null>(null);
  const [sites, setSites] = useState<string[] | null>(null);

  useEffect(() => {
    void settings.load().then(setCurrent);
    void settings.autoOpenSites().then(setSites);
    return settings.watch(undefined, setCurrent);
  }, [settings]);

  const patch = (p: Partial<Editable>) => void settings.update(p).then(() => settings.load().then(setCurrent));
  const removeSite = async (origin: string) => {
    await removePermission(originPattern(origin)).catch(() => false);
    setSites(await settings.setAutoOpen(origin, false));
  };
  const opt = (group: string) => (v: string | number) => t(`opt_${group}_${String(v).replace('.', '_')}`) || String(v);

  return (
    <main class="options" data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      {current && (
        <section aria-labelledby="defaults-h">
          <h2 id="defaults-h">{t('optionsDefaults')}</h2>
          <label class="row">
            <span>{t('textSize')}</span>
            <input
              type="range" min={0} max={TEXT_SIZES.length - 1} step={1}
              value={TEXT_SIZES.indexOf(current.textSize as (typeof TEXT_SIZES)[number])}
              onInput={(e) => patch({ textSize: TEXT_SIZES[Number(e.currentTarget.value)] ?? DEFAULT_TEXT_SIZE })}
              data-testid="opt-text-size"
            />
            <output>{current.textSize}%</output>
          </label>
          <Choice label={t('theme')} name="theme" values={THEMES} value={current.theme} optionLabel={opt('theme')} onPick={(theme) => patch({ theme })} />
          <Choice label={t('font')} name="font" values={FONTS} value={current.font} optionLabel={opt('font')} onPick={(font) => patch({ font })} />
          <Choice label={t('width')} name="width" values={WIDTHS} value={current.width} optionLabel={opt('width')} onPick={(width) => patch({ width })} />
          <Choice label={t('lineHeight')} name="line" values={LINE_HEIGHTS} value={current.lineHeight as (typeof LINE_HEIGHTS)[number]} optionLabel={(v) => String(v)} onPick={(lineHeight) => patch({ lineHeight })} />
          <label class="row check">
            <input type="checkbox" checked={current.highlightQuotes} onChange={(e) => patch({ highlightQuotes: e.currentTarget.checked })} data-testid="opt-highlight" />
            <span>{t('highlightQuotes')}</span>
          </label>
        </section>
      )}
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('optionsAlwaysOn')}</h2>
        <p class="hint">{t('optionsAlwaysOnHint')}</p>
        {sites && sites.length === 0 && <p class="empty" data-testid="sites-empty">{t('optionsNoSites')}</p>}
        {sites && sites.length > 0 && (
          <ul class="sites" data-testid="sites">
            {sites.map((origin) => (
              <li key={origin}>
                <span class="origin">{origin.replace(/^https?:\/\//, '')}</span>
                <button type="button" onClick={() => void removeSite(origin)} aria-label={t('optionsRemoveSite', [origin])} data-testid="site-remove">
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
