// The reading-mode switch: a real button with role="switch", so keyboards and screen readers get it for free.
import { Icon } from './Icon';

interface Props {
  on: boolean;
  busy: boolean;
  label: string;
  /** The browser shortcut for the same action, shown in the tooltip and beside the label. */
  shortcut: string;
  hint: string;
  onChange: (on: boolean) => void;
}

export function ReadingToggle(props: Props) {
  return (
    <div class="row">
      <span class="row-label" id="reading-label">
        <Icon name="book" />
        {props.label}
        {props.shortcut && <kbd class="kbd" aria-hidden="true">{props.shortcut}</kbd>}
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        data-testid="reading-toggle"
        aria-checked={props.on ? 'true' : 'false'}
        aria-labelledby="reading-label"
        title={props.hint || undefined}
        disabled={props.busy}
        onClick={() => props.onChange(!props.on)}
      >
        <span class="knob" aria-hidden="true" />
      </button>
    </div>
  );
}
