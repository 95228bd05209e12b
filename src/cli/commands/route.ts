import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Manifest } from '../../manifest/types';
import { renderRoutingText } from '../../report/routing';
import { guessEventName } from '../../route/event-name';
import { needsChangedFiles, routeEvent } from '../../route/triggers';
import { errorMessage } from '../../shared/markdown';
import { pushChangedFiles } from '../../workspace/changed-files';
import { Git } from '../../workspace/git';
import { UsageError } from '../usage';

/**
 * `route EVENT.json [--event-name NAME]`: which triggers an event would run, with which arguments, and why
 * the others would not. A dry run: nothing runs. The changed files of a push come from the repository at
 * `root` (its `origin` remote fetches what it lacks).
 */
export async function routeCommand(
  manifest: Manifest,
  root: string,
  file: string,
  eventName: string | undefined,
): Promise<number> {
  let payload: unknown;
  try {
    payload = JSON.parse(await fs.readFile(path.resolve(file), 'utf8'));
  } catch (error) {
    throw new UsageError(`\`${file}\` is not a JSON event payload: ${errorMessage(error)}`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new UsageError(`\`${file}\` does not hold an event payload (a JSON object).`);
  }
  const name = eventName ?? guessEventName(payload);
  if (!name) {
    throw new UsageError(
      `Cannot tell which event \`${file}\` is: name it with --event-name (push, schedule, repository_dispatch, workflow_run, ...).`,
    );
  }
  let changed: string[] | undefined;
  if (needsChangedFiles(manifest, name)) {
    try {
      const git = await Git.create({ cwd: root });
      changed = (await pushChangedFiles(git, payload, await originUrl(git))).files;
      process.stderr.write(`The push changed ${changed.length} file(s).\n`);
    } catch (error) {
      process.stderr.write(`The changed files of the push could not be computed: ${errorMessage(error)}\n`);
    }
  }
  process.stdout.write(renderRoutingText(routeEvent(manifest, name, payload, changed)));
  return 0;
}

async function originUrl(git: Git): Promise<string> {
  const { stdout } = await git.run(['remote', 'get-url', 'origin']);
  return stdout.trim();
}
