import { REQUEST_EVENTS } from '../manifest/triggers';
import type { Manifest } from '../manifest/types';
import type { Problem } from '../errors';
import { argsFromObject, parseArgsInput } from './args';
import { own } from '../shared/own';
import { parseCommand } from './command';
import { parseIssueForm } from './issue-form';
import { requestOrigin } from './origin';
import type { RawArgument, Request, RunRequest } from './types';

/** What the action's front door knows about the event and its inputs. */
export interface EventContext {
  eventName: string;
  /** The webhook payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  /** GITHUB_ACTOR */
  actor: string;
  inputs: {
    script: string;
    args: string;
    target: string;
    issueNumber?: number;
    dryRun: boolean;
  };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const login = (v: unknown): string => str(obj(v).login);

/**
 * Reads what the event asks for. Pure: the manifest is only used to read issue forms (the parser knows the
 * forms it generated); nothing is checked against it yet.
 */
export function readRequest(ctx: EventContext, manifest: Manifest): Request {
  switch (ctx.eventName) {
    case 'issues':
      return fromIssueEvent(ctx, manifest);
    case 'issue_comment':
      return fromCommentEvent(ctx, manifest);
    default:
      return namesNoScript(ctx)
        ? {
            kind: 'triggered',
            eventName: ctx.eventName,
            payload: ctx.payload,
            requester: ctx.actor,
            dryRun: ctx.inputs.dryRun,
          }
        : fromInputs(ctx);
  }
}

/** An event routed by the manifest's triggers: not a request event, and no script named by input or payload. */
function namesNoScript(ctx: EventContext): boolean {
  if (REQUEST_EVENTS.includes(ctx.eventName) || ctx.inputs.script.trim() !== '') return false;
  const named = obj(ctx.payload.client_payload).script;
  return !(ctx.eventName === 'repository_dispatch' && typeof named === 'string' && named.trim() !== '');
}

function fromIssueEvent(ctx: EventContext, manifest: Manifest): Request {
  const action = str(ctx.payload.action);
  const issue = obj(ctx.payload.issue);
  if (!['opened', 'edited', 'reopened'].includes(action)) {
    return { kind: 'ignored', reason: `issues.${action || 'unknown'} is not a request` };
  }
  if (issue.pull_request) return { kind: 'ignored', reason: 'pull requests are not requests' };
  const number = Number(issue.number);
  const requester = login(issue.user) || ctx.actor;
  const form = parseIssueForm(str(issue.body), manifest);
  if (form.kind === 'not-a-form')
    return { kind: 'ignored', reason: 'the issue body is not a script request form' };

  if (action === 'edited') {
    const changes = obj(obj(ctx.payload.changes).body);
    if (!('from' in changes)) return { kind: 'ignored', reason: 'the edit did not change the issue body' };
    const before = parseIssueForm(str(changes.from), manifest);
    if (before.kind === 'form' && sameFields(before, form)) {
      return { kind: 'ignored', reason: 'the edit did not change any field of the form' };
    }
  }
  if (form.problems.length > 0) {
    return {
      kind: 'unreadable',
      source: 'issue',
      requester,
      issue: number,
      script: form.script,
      problems: form.problems,
    };
  }
  const request: RunRequest = {
    kind: 'run',
    source: 'issue',
    script: form.script,
    target: form.target,
    args: form.args,
    requester,
    issue: number,
    openPullRequest: form.openPullRequest,
    dryRun: ctx.inputs.dryRun,
  };
  return action === 'edited' ? { kind: 'edited', run: request } : request;
}

function sameFields(
  a: { script: string; target?: string; args: Record<string, string>; openPullRequest: boolean },
  b: { script: string; target?: string; args: Record<string, string>; openPullRequest: boolean },
): boolean {
  const canon = (f: typeof a) =>
    JSON.stringify([f.script, f.target ?? '', f.openPullRequest, Object.entries(f.args).sort()]);
  return canon(a) === canon(b);
}

function fromCommentEvent(ctx: EventContext, manifest: Manifest): Request {
  const action = str(ctx.payload.action);
  const comment = obj(ctx.payload.comment);
  const issue = obj(ctx.payload.issue);
  if (action !== 'created')
    return { kind: 'ignored', reason: `comments that are ${action || 'changed'} are ignored` };
  const user = obj(comment.user);
  if (str(user.type) === 'Bot' || login(user).endsWith('[bot]')) {
    return { kind: 'ignored', reason: 'comments by bots are ignored' };
  }
  if (issue.pull_request) return { kind: 'ignored', reason: 'commands on pull requests are ignored' };
  const command = parseCommand(str(comment.body));
  if (!command) return { kind: 'ignored', reason: 'the comment has no command on its first line' };

  const requester = login(user) || ctx.actor;
  const issueNumber = Number(issue.number);
  const commentId = Number(comment.id);
  if (command.name === 'cancel') return { kind: 'cancel', requester, issue: issueNumber, commentId };
  if (command.name === 'help') {
    return { kind: 'help', script: command.script, requester, issue: issueNumber, commentId };
  }

  // /run: the issue's own request, overridden by what the command gives.
  const form = parseIssueForm(str(issue.body), manifest);
  const fromForm = form.kind === 'form' ? form : undefined;
  const script = command.script ?? fromForm?.script;
  const problems: Problem[] = [...command.problems];
  if (!script) {
    problems.push({
      message: 'The command does not name a script, and this issue was not opened from a script form.',
      fix: `Name the script: \`/run <script> name=value\`. Scripts: ${Object.keys(manifest.scripts).join(', ')}.`,
    });
  }
  if (problems.length > 0 || !script) {
    return {
      kind: 'unreadable',
      source: 'comment',
      requester,
      issue: issueNumber,
      commentId,
      script,
      problems,
    };
  }
  // The form's arguments were read even when its Script or Content field has a problem.
  const inherit = fromForm !== undefined && fromForm.script === script;
  const args: Record<string, RawArgument> = { ...(inherit ? fromForm.args : {}), ...command.args };
  let target = inherit ? fromForm.target : undefined;
  // `target=KEY` chooses the content repository, unless the script has an argument of that name.
  const hasTargetArg = own(manifest.scripts, script)?.args.some((a) => a.name === 'target');
  if (!hasTargetArg && typeof args.target === 'string') {
    target = args.target;
    delete args.target;
  }
  return {
    kind: 'run',
    source: 'comment',
    script,
    target,
    args,
    requester,
    issue: issueNumber,
    commentId,
    openPullRequest: inherit ? fromForm.openPullRequest : true,
    dryRun: ctx.inputs.dryRun,
  };
}

function fromInputs(ctx: EventContext): Request {
  let script = ctx.inputs.script.trim();
  let target = ctx.inputs.target.trim();
  let parsed = parseArgsInput(ctx.inputs.args);
  if (ctx.eventName === 'repository_dispatch') {
    const payload = obj(ctx.payload.client_payload);
    if (typeof payload.script === 'string' && payload.script.trim()) script = payload.script.trim();
    if (typeof payload.target === 'string' && payload.target.trim()) target = payload.target.trim();
    if (payload.args !== undefined && payload.args !== null) {
      parsed = typeof payload.args === 'string' ? parseArgsInput(payload.args) : argsFromObject(payload.args);
    }
  }
  const base = { source: 'dispatch' as const, requester: ctx.actor, issue: ctx.inputs.issueNumber };
  if (!script) {
    return {
      kind: 'unreadable',
      ...base,
      problems: [
        {
          message: `No script was named for this ${ctx.eventName} run.`,
          fix: 'Set the `script` input of the action (or `client_payload.script` for repository_dispatch).',
        },
      ],
    };
  }
  if (parsed.problems.length > 0) return { kind: 'unreadable', ...base, script, problems: parsed.problems };
  return {
    kind: 'run',
    ...base,
    script,
    target: target || undefined,
    args: parsed.args,
    openPullRequest: true,
    dryRun: ctx.inputs.dryRun,
  };
}

/**
 * The request an event makes while the manifest cannot be read: events that are requests are answered with
 * the manifest's problems; the rest are ignored (with the problems in the log for a maintainer).
 */
export function readRequestWithBrokenManifest(
  ctx: EventContext,
  manifestName: string,
  message: string,
  problems: Problem[],
): Request {
  const origin = requestOrigin(ctx.eventName, ctx.payload, ctx.actor, ctx.inputs.issueNumber);
  if (!origin) {
    return {
      kind: 'ignored',
      reason: 'the event is not a request (and the manifest could not be read)',
      warning: message,
    };
  }
  return {
    kind: 'broken-manifest',
    ...origin,
    reason: `The manifest \`${manifestName}\` is broken, so no script can run until a maintainer fixes it.`,
    message,
    problems: problems.length > 0 ? problems : [{ message }],
  };
}
