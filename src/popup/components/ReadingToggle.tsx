// The reading-mode switch: a real button with role="switch", so keyboards and screen readers get it for free.
export function ReadingToggle(props: { on: boolean; busy: boolean; label: string; hint: string; onChange: (on: boolean) => void }) {
  return (
    <div class="row">
      <span class="row-label" id="reading-label">{props.label}</span>
      <button
        type="button"
        role="switch"
        class="switch"
        data-testid="reading-toggle"
        aria-checked={props.on ? 'true' : 'false'}
        aria-labelledby="reading-label"
        title={props.hint}
        disabled={props.busy}
        onClick={() => props.onChange(!props.on)}
      >
        <span class="knob" aria-hidden="true" />
      </button>
    </div>
  );
}
