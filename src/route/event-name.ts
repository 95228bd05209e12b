/**
 * The event name of a saved payload, for `script-dispatcher route EVENT.json` without `--event-name`:
 * told by the fields only that event has. Undefined when the payload does not say.
 */
export function guessEventName(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const p = payload as Record<string, unknown>;
  const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (typeof p.schedule === 'string') return 'schedule';
  if (isObject(p.workflow_run)) return 'workflow_run';
  if ('client_payload' in p && typeof p.action === 'string') return 'repository_dispatch';
  if (typeof p.ref === 'string' && typeof p.before === 'string' && typeof p.after === 'string') return 'push';
  if (isObject(p.issue) && isObject(p.comment)) return 'issue_comment';
  if (isObject(p.issue)) return 'issues';
  if ('inputs' in p && typeof p.workflow === 'string') return 'workflow_dispatch';
  return undefined;
}
