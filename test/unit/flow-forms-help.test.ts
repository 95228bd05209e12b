import { parse } from 'yaml';
import { generateFormsWithFlows } from '../../src/forms/flows';
import { parseManifest } from '../../src/manifest/load';
import { renderHelpWithFlows, stepGraph } from '../../src/report/flow-help';

const manifest = parseManifest(
  `
version: 1
repositories:
  phy: {repository: o/phy, title: Physics}
scripts:
  image_list:
    command: [python3, list.py]
  find_broken:
    title: Find broken links
    command: [python3, broken.py]
    args: {list: {type: csv, required: true}}
  fix:
    command: [python3, fix.py]
    mode: write
flows:
  audit:
    title: Content audit
    description: Lists the images and finds the broken ones.
    args:
      since: {type: text, required: true, example: '2024-01-01'}
    max-parallel: 2
    steps:
      images: {script: image_list}
      broken: {script: find_broken, needs: [images], args: {list: '{steps.images.output}/l.csv'}, cache: true}
      end: {script: fix, needs: [broken, images]}
`,
  'm.yml',
);
const noMask = (t: string) => t;

describe('forms for flows', () => {
  it('writes a form per flow, after the scripts, with the flow arguments and the pull request choice', () => {
    const files = generateFormsWithFlows(manifest);
    expect(files.map((f) => f.path)).toEqual([
      '.github/ISSUE_TEMPLATE/script-image_list.yml',
      '.github/ISSUE_TEMPLATE/script-find_broken.yml',
      '.github/ISSUE_TEMPLATE/script-fix.yml',
      '.github/ISSUE_TEMPLATE/script-audit.yml',
    ]);
    const form = parse(files[3].content) as {
      name: string;
      body: { id?: string; attributes: { label: string } }[];
    };
    expect(form.name).toBe('Content audit');
    expect(form.body.map((e) => e.id).filter(Boolean)).toEqual(['script', 'since', 'open-pull-request']);
    expect(files[3].content).toContain('Lists the images and finds the broken ones.');
  });
});

describe('help for flows', () => {
  it('shows the steps as a graph and a table, with who may run it', () => {
    const help = renderHelpWithFlows(manifest, 'audit', noMask);
    expect(help).toContain('### `audit` — Content audit');
    expect(help).toContain('at most 2 at once');
    expect(help).toContain('at least `write` permission');
    expect(help).toContain('```mermaid\nflowchart LR');
    expect(help).toContain('| `broken` | `find_broken` — Find broken links | `images` | yes |');
    expect(help).toContain('/run audit since=2024-01-01');
  });

  it('draws one arrow per need, with ids that are never Mermaid words', () => {
    expect(stepGraph(manifest.flows!.audit).split('\n')).toEqual([
      'flowchart LR',
      '  s_images["images<br/><small>image_list</small>"]',
      '  s_broken["broken<br/><small>find_broken · cached</small>"]',
      '  s_end["end<br/><small>fix</small>"]',
      '  s_images --> s_broken',
      '  s_broken --> s_end',
      '  s_images --> s_end',
    ]);
  });

  it('lists flows after the scripts, and leaves script help alone', () => {
    const list = renderHelpWithFlows(manifest, undefined, noMask);
    expect(list).toContain('### Scripts');
    expect(list).toContain('### Flows');
    expect(list).toContain(
      '| `audit` — Content audit | Lists the images and finds the broken ones. | `images` → `broken` → `end` |',
    );
    expect(renderHelpWithFlows(manifest, 'fix', noMask)).not.toContain('### Flows');
  });
});
