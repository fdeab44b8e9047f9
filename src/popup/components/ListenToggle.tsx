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

/** Longest part of a quotation or fact a screen reader hears in the button's name. */
const NAME_CHARS = 60;

/**
 * "Listen from here" beside a quotation or a fact: reading starts at its sentence. `what` names the quotation or fact
 * in the accessible name, so a screen reader's list of buttons is not twenty identical "Listen from here".
 */
export function ListenFrom({ label, what, onListen }: { label: string; what: string; onListen: () => void }) {
  const short = what.length > NAME_CHARS ? `${what.slice(0, NAME_CHARS - 1).trimEnd()}…` : what;
  return (
    <button type="button" class="listen-from" data-testid="listen-from" title={label} aria-label={`${label}: ${short}`} onClick={onListen}>
      <Icon name="speaker" size={12} />
    </button>
  );
}
