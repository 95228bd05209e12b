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
  return {
    manifest: core.getInput(Input.Manifest) || '.github/script-dispatcher.yml',
    token,
    contentToken,
    script: core.getInput(Input.Script),
    args: core.getInput(Input.Args),
    target: core.getInput(Input.Target),
    issueNumber,
    dryRun: dryRunText === 'true',
  };
}
