import * as core from '@actions/core';

/** The action's inputs, as named in action.yml. */
export enum Input {
  Manifest = 'manifest',
  Token = 'token',
  ContentToken = 'content-token',
  Script = 'script',
  Args = 'args',
  Target = 'target',
  IssueNumber = 'issue-number',
  DryRun = 'dry-run',
  FanOut = 'fan-out',
  Leg = 'leg',
}

export interface Inputs {
  manifest: string;
  token: string;
  contentToken: string;
  script: string;
  args: string;
  target: string;
  issueNumber?: number;
  dryRun: boolean;
  /** `plan`, `leg` or `gather`: this step's part of a fan-out across runners; undefined: no fan-out. */
  fanOut?: 'plan' | 'leg' | 'gather';
  /** With `fan-out: leg`: the leg to run, as given (checked against the plan by the leg itself). */
  leg: string;
}

/** Reads and checks the inputs; a bad value is a message for the workflow's author. */
export function readInputs(): Inputs {
  const token = core.getInput(Input.Token);
  const contentToken = core.getInput(Input.ContentToken) || token;
  for (const secret of [token, contentToken]) if (secret) core.setSecret(secret);
  const issueText = core.getInput(Input.IssueNumber);
  let issueNumber: number | undefined;
  if (issueText) {
    issueNumber = Number(issueText.replace(/^#/, ''));
    if (!Number.isInteger(issueNumber) || issueNumber <= 0) {
      throw new Error(`The \`issue-number\` input must be an issue number, got \`${issueText}\`.`);
    }
  }
  const dryRunText = core.getInput(Input.DryRun).trim().toLowerCase();
  if (dryRunText && !['true', 'false'].includes(dryRunText)) {
    throw new Error(`The \`dry-run\` input must be \`true\` or \`false\`, got \`${dryRunText}\`.`);
  }
  const fanOutText = core.getInput(Input.FanOut).trim().toLowerCase();
  if (fanOutText && !['plan', 'leg', 'gather'].includes(fanOutText)) {
    throw new Error(
      `The \`fan-out\` input must be \`plan\`, \`leg\` or \`gather\` (or empty), got \`${fanOutText.slice(0, 40)}\`.`,
    );
  }
  const leg = core.getInput(Input.Leg).trim();
  if (leg && fanOutText !== 'leg') {
    throw new Error('The `leg` input is only read with `fan-out: leg`; remove it, or set `fan-out: leg`.');
  }
  return {
    manifest: core.getInput(Input.Manifest) || '.github/script-dispatcher.yml',
    token,
    contentToken,
    script: core.getInput(Input.Script),
    args: core.getInput(Input.Args),
    target: core.getInput(Input.Target),
    issueNumber,
    dryRun: dryRunText === 'true',
    ...(fanOutText ? { fanOut: fanOutText as 'plan' | 'leg' | 'gather' } : {}),
    leg,
  };
}
