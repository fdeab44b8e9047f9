// An icon button that copies text and says so for a moment (visibly and to screen readers).
import { useEffect, useState } from 'preact/hooks';
import { Icon } from './Icon';

interface Props {
  label: string;
  doneLabel: string;
  testid: string;
  text: () => string;
  onCopy: (text: string) => Promise<void>;
  /** Show the label beside the icon (a text button) instead of only in the tooltip. */
  wide?: boolean;
  icon?: 'copy' | 'markdown';
}

export function CopyButton({ label, doneLabel, testid, text, onCopy, wide, icon = 'copy' }: Props) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) return undefined;
    const timer = setTimeout(() => setDone(false), 1600);
    return () => clearTimeout(timer);
  }, [done]);
  const copy = () => void onCopy(text()).then(() => setDone(true), () => setDone(false));
  return (
    <>
      <button type="button" class={wide ? 'ghost' : 'icon-button'} data-testid={testid} data-done={done ? 'true' : 'false'} aria-label={wide ? undefined : label} title={label} onClick={copy}>
        <Icon name={done ? 'check' : icon} />
        {wide && <span>{done ? doneLabel : label}</span>}
      </button>
      <span class="visually-hidden" role="status">{done ? doneLabel : ''}</span>
    </>
  );
}
