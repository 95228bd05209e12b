import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import type { DispatchResult } from '../pipeline';
import { renderSummary } from '../report/summary';
import { errorMessage } from '../shared/markdown';

/** The step outputs and the job summary of a dispatched request. */
export async function writeOutputs(result: DispatchResult, mask: (text: string) => string): Promise<void> {
  core.setOutput('status', result.status);
  if (result.matrix !== undefined) core.setOutput('matrix', result.matrix);
  const report = result.report;
  if (result.summary) await appendSummary(result.summary);
  if (!report) return;
  core.setOutput('script', report.script ?? '');
  core.setOutput('target', report.target ?? '');
  core.setOutput('exit-code', report.exitCode ?? '');
  core.setOutput('artifact-id', report.artifact?.id ?? '');
  core.setOutput('artifact-url', report.artifact?.url ?? '');
  core.setOutput('pull-request-urls', JSON.stringify((report.pullRequests ?? []).map((p) => p.url)));
  core.setOutput('comment-url', result.commentUrl ?? '');
  core.setOutput('result', report.result === undefined ? '' : mask(JSON.stringify(report.result)));
  core.setOutput('record', report.record ? mask(JSON.stringify(report.record)) : '');
  await appendSummary(renderSummary(report, mask));
}

async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await fs.appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}
