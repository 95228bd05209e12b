/**
 * `/help <flow>` and `help <flow>`: what the flow does, who may run it, its arguments, and its steps as a
 * small graph (a Mermaid flowchart GitHub draws, and a table that reads the same without it).
 */
import type { Flow, Manifest } from '../manifest/types';
import { formatRunCommand } from '../request/command';
import { plural } from '../shared/markdown';
import { exampleValue, renderHelp } from './help';
import { escapeText, fencedBlock, inlineCode, neutralizeComments, prepare, type Mask } from './markdown';

/** `renderHelp`, knowing flows: `/help <flow>` explains the flow; `/help` lists the flows after the scripts. */
export function renderHelpWithFlows(manifest: Manifest, name: string | undefined, mask: Mask): string {
  const flows = manifest.flows ?? {};
  const wanted = name?.trim() ?? '';
  if (wanted !== '' && Object.hasOwn(flows, wanted)) return renderFlowHelp(manifest, flows[wanted], mask);
  const help = renderHelp(manifest, name, mask);
  if (wanted !== '' && Object.hasOwn(manifest.scripts, wanted)) return help;
  const list = Object.values(flows);
  if (list.length === 0) return help;
  const lines = ['### Flows', '', '| Flow | What it does | Steps |', '|---|---|---|'];
  for (const flow of list) {
    const title = flow.title !== flow.name ? ` — ${escapeText(prepare(flow.title, mask))}` : '';
    const first = prepare(flow.description, mask).trim().split('\n', 1)[0] ?? '';
    lines.push(
      `| ${inlineCode(prepare(flow.name, mask), { table: true })}${title} | ${escapeText(first)} | ${flow.steps
        .map((s) => inlineCode(s.name, { table: true }))
        .join(' → ')} |`,
    );
  }
  return `${help}\n\n${lines.join('\n')}\n\nA flow runs several scripts as one request: \`/run <flow> name=value\`, \`/help <flow>\` shows its steps.`;
}

export function renderFlowHelp(manifest: Manifest, flow: Flow, mask: Mask): string {
  const parts: string[] = [];
  const title = flow.title !== flow.name ? ` — ${escapeText(prepare(flow.title, mask))}` : '';
  parts.push(`### ${inlineCode(prepare(flow.name, mask))}${title}`);
  if (flow.description.trim()) parts.push(neutralizeComments(prepare(flow.description.trim(), mask)));
  const facts = [
    `- **Flow** of ${plural(flow.steps.length, 'step')}` +
      (flow.maxParallel !== undefined
        ? `, at most ${flow.maxParallel} at once`
        : ', independent ones at once'),
    `- **Who can run it:** people with at least ${inlineCode(flow.permission)} permission on this repository`,
  ];
  if (flow.targets.length > 0) {
    facts.push(
      `- **Content:** ${flow.targets
        .map(
          (key) =>
            `${escapeText(prepare(manifest.repositories[key]?.title ?? key, mask))} (${inlineCode(key)})`,
        )
        .join(', ')}`,
    );
  }
  parts.push(facts.join('\n'));
  parts.push(
    `#### Steps\n\n${fencedBlock(stepGraph(flow), 'mermaid')}\n\n${stepTable(manifest, flow, mask)}`,
  );
  if (flow.args.length > 0) {
    parts.push(
      `#### Arguments\n\n${flow.args
        .map(
          (a) =>
            `- ${inlineCode(a.name)}: ${a.type}${a.required ? ', required' : ''}${a.description ? ` — ${escapeText(prepare(a.description, mask))}` : ''}`,
        )
        .join('\n')}`,
    );
  }
  const example: Record<string, string> = {};
  for (const arg of flow.args) if (arg.required) example[arg.name] = exampleValue(arg);
  parts.push(`#### Example\n\n${fencedBlock(formatRunCommand(flow.name, example), 'text')}`);
  return parts.join('\n\n');
}

/** A Mermaid flowchart of the steps: one node per step (named by step and script), an arrow per need. */
export function stepGraph(flow: Flow): string {
  const id = (name: string) => `s_${name.replace(/-/g, '_')}`;
  const lines = ['flowchart LR'];
  for (const step of flow.steps) {
    lines.push(
      `  ${id(step.name)}["${step.name}<br/><small>${step.script}${step.cache ? ' · cached' : ''}</small>"]`,
    );
  }
  for (const step of flow.steps)
    for (const need of step.needs) lines.push(`  ${id(need)} --> ${id(step.name)}`);
  return lines.join('\n');
}

function stepTable(manifest: Manifest, flow: Flow, mask: Mask): string {
  const lines = ['| Step | Script | Needs | Cache |', '|---|---|---|---|'];
  for (const step of flow.steps) {
    const script = manifest.scripts[step.script];
    const what =
      script && script.title !== script.name ? ` — ${escapeText(prepare(script.title, mask))}` : '';
    lines.push(
      `| ${inlineCode(step.name, { table: true })} | ${inlineCode(step.script, { table: true })}${what} | ${
        step.needs.map((n) => inlineCode(n, { table: true })).join(', ') || '—'
      } | ${step.cache ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}
