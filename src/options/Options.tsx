// The options page: global reading defaults (resettable), the sites with a remembered text size, and the sites that
// always open in reading mode; every list is removable and follows changes made elsewhere (popup, other windows).
import { useEffect, useRef, useState } from 'preact/hooks';
import { READING_CHOICES } from '../common/reading-choices';
import {
  DEFAULT_TEXT_SIZE, TEXT_SIZES, originPattern,
  type EffectiveSettings, type Settings, type SettingsStore, type SiteSize,
} from '../common/settings';
import { CustomColorsField } from '../popup/components/MorePanel';
import { ShortcutSection, type ShortcutAccess } from './ShortcutSection';

interface Props {
  settings: SettingsStore;
  t: (key: string, subs?: string[]) => string;
  removePermission: (pattern: string) => Promise<boolean>;
  shortcut: ShortcutAccess;
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

/** A titled list of sites, each removable; a note when empty; nothing while still loading (`sites` null). */
function SiteList(props: {
  id: string; title: string; hint: string; empty: string; t: Props['t'];
  sites: { origin: string; detail?: string }[] | null;
  onRemove: (origin: string) => void;
  testIds: { list: string; empty: string; remove: string };
}) {
  const { sites, t, testIds } = props;
  return (
    <section aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <p class="hint">{props.hint}</p>
      {sites && sites.length === 0 && <p class="empty" data-testid={testIds.empty}>{props.empty}</p>}
      {sites && sites.length > 0 && (
        <ul class="sites" data-testid={testIds.list}>
          {sites.map(({ origin, detail }) => (
            <li key={origin} data-origin={origin}>
              <span class="origin">{origin.replace(/^https?:\/\//, '')}</span>
              {detail && <span class="size">{detail}</span>}
              <button type="button" onClick={() => props.onRemove(origin)} aria-label={t('optionsRemoveSite', [origin])} data-testid={testIds.remove}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Options({ settings, t, removePermission, shortcut }: Props) {
  const [current, setCurrent] = useState<EffectiveSettings | null>(null);
  const [sites, setSites] = useState<string[] | null>(null);
  const [sizes, setSizes] = useState<SiteSize[] | null>(null);
  // The slider's position while it is dragged; stored only when released (storage.sync limits writes per minute).
  const [dragSize, setDragSize] = useState<number | null>(null);
  /** Settings writes still in flight. */
  const writes = useRef(0);

  useEffect(() => {
    const refresh = () => {
      void settings.load().then((loaded) => writes.current === 0 && setCurrent(loaded));
      void settings.autoOpenSites().then(setSites);
      void settings.siteSizes().then(setSizes);
    };
    refresh();
    return settings.watchAll(refresh);
  }, [settings]);

  // Shown at once, stored after: a second key press or click must start from the value just picked, not from
  // what storage held before the first write finished.
  const patch = (p: Partial<Editable>) => {
    setCurrent((c) => (c ? { ...c, ...p } : c));
    writes.current++;
    void settings.update(p).finally(() => {
      // Only the last of several quick writes reloads: earlier ones would show a value already replaced.
      if (--writes.current === 0) void settings.load().then(setCurrent);
    });
  };
  const removeSite = async (origin: string) => {
    await removePermission(originPattern(origin)).catch(() => false);
    setSites(await settings.setAutoOpen(origin, false));
  };
  const sizeAt = (index: string): number => TEXT_SIZES[Number(index)] ?? DEFAULT_TEXT_SIZE;
  const shownSize = dragSize ?? current?.textSize ?? DEFAULT_TEXT_SIZE;

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
              value={TEXT_SIZES.indexOf(shownSize as (typeof TEXT_SIZES)[number])}
              onInput={(e) => setDragSize(sizeAt(e.currentTarget.value))}
              onChange={(e) => {
                setDragSize(null);
                patch({ textSize: sizeAt(e.currentTarget.value) });
              }}
              data-testid="opt-text-size"
            />
            <output data-testid="opt-text-size-value">{shownSize}%</output>
          </label>
          {READING_CHOICES.filter((choice) => choice.name !== 'quotes').map((choice) => [
            <Choice
              key={choice.name}
              label={t(choice.label)}
              name={choice.name}
              values={choice.values}
              value={choice.get(current)}
              optionLabel={(v) => {
                const key = choice.option(v);
                return key ? t(key) : String(v);
              }}
              onPick={(v) => patch(choice.patch(v))}
            />,
            choice.name === 'theme' && current.theme === 'custom' && (
              <CustomColorsField key="colors" colors={current.colors} locale={navigator.language} t={t} onChange={(colors) => patch({ colors })} testPrefix="opt" />
            ),
          ])}
          <label class="row check">
            <input type="checkbox" checked={current.highlightQuotes} onChange={(e) => patch({ highlightQuotes: e.currentTarget.checked })} data-testid="opt-highlight" />
            <span>{t('highlightQuotes')}</span>
          </label>
          <p class="actions">
            <button type="button" onClick={() => void settings.resetDefaults().then(() => settings.load().then(setCurrent))} data-testid="opt-reset">
              {t('optionsReset')}
            </button>
          </p>
        </section>
      )}
      <ShortcutSection access={shortcut} t={t} />
      <SiteList
        id="sizes" title={t('optionsSiteSizes')} hint={t('optionsSiteSizesHint')} empty={t('optionsNoSiteSizes')} t={t}
        sites={sizes?.map(({ origin, textSize }) => ({ origin, detail: `${textSize}%` })) ?? null}
        onRemove={(origin) => void settings.forgetSite(origin).then(setSizes)}
        testIds={{ list: 'site-sizes', empty: 'sizes-empty', remove: 'site-size-remove' }}
      />
      <SiteList
        id="sites" title={t('optionsAlwaysOn')} hint={t('optionsAlwaysOnHint')} empty={t('optionsNoSites')} t={t}
        sites={sites?.map((origin) => ({ origin })) ?? null}
        onRemove={(origin) => void removeSite(origin)}
        testIds={{ list: 'sites', empty: 'sites-empty', remove: 'site-remove' }}
      />
    </main>
  );
}
