import { parseCommand } from './command';

/** Who asks, and where the answer goes. */
export interface RequestOrigin {
  requester: string;
  issue?: number;
  commentId?: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Whether the event is a request at all, answered without the manifest: an issue opened from a script form,
 * a new comment (not a bot's) with a command on its first line, or any other event (the workflow named the
 * script). Undefined for events that are not requests; else who asks and where. Used before the manifest is
 * read (the early permission lookup) and when it cannot be read (the broken-manifest answer).
 */
export function requestOrigin(
  eventName: string,
  payload: Obj,
  actor: string,
  issueNumber?: number,
): RequestOrigin | undefined {
  if (eventName === 'issues') {
    const issue = obj(payload.issue);
    if (!str(issue.body).includes('### Script')) return undefined;
    return { requester: str(obj(issue.user).login) || actor, issue: Number(issue.number) };
  }
  if (eventName === 'issue_comment') {
    const comment = obj(payload.comment);
    const user = obj(comment.user);
    if (payload.action !== 'created' || str(user.type) === 'Bot' || str(user.login).endsWith('[bot]')) {
      return undefined;
    }
    if (!parseCommand(str(comment.body))) return undefined;
    return {
      requester: str(user.login) || actor,
      issue: Number(obj(payload.issue).number),
      commentId: Number(comment.id),
    };
  }
  return { requester: actor, issue: issueNumber };
}
