// Read aloud from the popup: a toggle button (aria-pressed) that opens the reader if needed and starts or stops it.
import { Icon } from './Icon';

interface Props {
  on: boolean;
  busy: boolean;
  label: string;
  onChange: (on: boolean) => void;
}

export function ListenToggle(props: Props) {
  return (
    <button
      type="button"
      class="ghost listen-toggle"
      data-testid="listen-toggle"
      aria-pressed={props.on ? 'true' : 'false'}
      disabled={props.busy}
      onClick={() => props.onChange(!props.on)}
    >
      <Icon name="speaker" />
      {props.label}
    </button>
  );
}

/** "Listen from here" beside a quotation or a fact: reading starts at its sentence. */
export function ListenFrom({ label, onListen }: { label: string; onListen: () => void }) {
  return (
    <button type="button" class="listen-from" data-testid="listen-from" title={label} aria-label={label} onClick={onListen}>
      <Icon name="speaker" size={12} />
    </button>
  );
}
