/**
 * Issue forms for flows: a flow is requested like a script (its own arguments, its targets, a pull request
 * choice when a step writes), so its form is a script's form made from the flow.
 */
import { DEFAULT_PULL_REQUEST_TITLE } from '../manifest/build';
import { DEFAULT_COMMIT_AUTHOR, type Flow, type Manifest, type Script } from '../manifest/types';
import { generateForms, type GeneratedFile } from './generate';

/** The script-shaped view of a flow that forms (and the request parser reading them back) use. */
export function flowAsScript(flow: Flow, manifest: Pick<Manifest, 'scripts'>): Script {
  const steps = flow.steps.map((step) => manifest.scripts[step.script]).filter((s): s is Script => !!s);
  return {
    name: flow.name,
    title: flow.title,
    description: flow.description,
    command: [],
    mode: steps.some((s) => s.mode === 'write') ? 'write' : 'read',
    targets: [...flow.targets],
    args: flow.args,
    outputs: { expect: [] },
    pullRequest: { title: DEFAULT_PULL_REQUEST_TITLE, labels: [], draft: false },
    timeoutMinutes: Math.max(0, ...steps.map((s) => s.timeoutMinutes)),
    retries: 0,
    env: {},
    permission: flow.permission,
    allowUsers: [],
    allowTeams: [],
    workingDirectory: '.',
    passArgs: 'none',
    commitAuthor: { ...DEFAULT_COMMIT_AUTHOR },
    ...(flow.fanOut ? { fanOut: flow.fanOut } : {}),
  };
}

/** The manifest with every flow added to `scripts` as {@link flowAsScript}, after the scripts. */
export function withFlowsAsScripts(manifest: Manifest): Manifest {
  const scripts: Record<string, Script> = { ...manifest.scripts };
  for (const flow of Object.values(manifest.flows ?? {})) scripts[flow.name] = flowAsScript(flow, manifest);
  return { ...manifest, scripts };
}

/** `generateForms` with a form per flow too (`script-<flow>.yml`: flows and scripts share one namespace). */
export function generateFormsWithFlows(manifest: Manifest): GeneratedFile[] {
  return generateForms(withFlowsAsScripts(manifest));
}
