// A friendly message for pages Readlens cannot read, a page that is not an article, or an error with a retry.
import { Icon, type IconName } from './Icon';

interface Props {
  title: string;
  message: string;
  icon?: IconName;
  action?: { label: string; run: () => void; testid?: string };
  /** Detail for the curious (an error's text), kept small. */
  detail?: string;
}

export function StateMessage({ title, message, icon = 'alert', action, detail }: Props) {
  return (
    <div class="state" role="status">
      <span class="state-icon" aria-hidden="true"><Icon name={icon} size={22} /></span>
      <h2 class="state-title">{title}</h2>
      <p class="state-message" data-testid="state-message">{message}</p>
      {detail && <p class="state-detail">{detail}</p>}
      {action && (
        <button type="button" class="primary" data-testid={action.testid ?? 'state-action'} onClick={action.run}>
          <Icon name="retry" />
          {action.label}
        </button>
      )}
    </div>
  );
}
