// A friendly full-popup message for pages Readlens cannot read, or an error with a retry.
export function StateMessage(props: { title: string; message: string; action?: { label: string; run: () => void } }) {
  return (
    <div class="state" role="status">
      <h1 class="state-title">{props.title}</h1>
      <p class="state-message" data-testid="state-message">{props.message}</p>
      {props.action && (
        <button type="button" class="primary" data-testid="state-action" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
    </div>
  );
}
