import { parseManifest } from '../../src/manifest/load';
import { renderTerminalHelp } from '../../src/report/terminal-help';

const manifest = parseManifest(
  `
version: 1
repositories:
  phy: { repository: o/phy, title: Physics }
  ada: { repository: o/ada }
scripts:
  attribution:
    title: Image attribution
    description: "Applies **attribution** | to images."
    command: [python3, a.py]
    mode: write
    targets: [phy, ada]
    args:
      csv: { type: csv, required: true }
      mode: { type: choice, options: [fast, slow], default: fast }
flows:
  audit:
    title: Audit
    steps:
      one: { script: attribution, args: { csv: x } }
      two: { script: attribution, needs: [one], args: { csv: y } }
`,
  'm.yml',
);

describe('help on a terminal', () => {
  test('the list names every script and flow, with how to run one in CLI syntax', () => {
    const { text, found } = renderTerminalHelp(manifest, undefined);
    expect(found).toBe(true);
    expect(text).toMatch(/^attribution\s+write\s+phy,ada\s+Image attribution$/m);
    expect(text).toMatch(/^audit\s+flow\s+phy,ada\s+Audit$/m);
    expect(text).toContain('script-dispatcher run <name> --arg name=value');
    expect(text).not.toMatch(/\/run|<details>|^\|/m);
  });

  test("a script's arguments, targets and an example with @file for a csv", () => {
    const { text } = renderTerminalHelp(manifest, 'attribution');
    expect(text).toMatch(/^ {2}csv\s+csv\s+required/m);
    expect(text).toMatch(/^ {2}mode\s+one of fast\|slow\s+default fast/m);
    expect(text).toContain('Physics (phy, default); ada');
    expect(text).toContain('Example:  script-dispatcher run attribution --arg csv=@csv.csv');
  });

  test("a flow's steps with what each needs", () => {
    const { text } = renderTerminalHelp(manifest, 'audit');
    expect(text).toMatch(/^ {2}two\s+attribution\s+one\s+no$/m);
  });

  test('an unknown name is not found, with a guess', () => {
    const { text, found } = renderTerminalHelp(manifest, 'atribution');
    expect(found).toBe(false);
    expect(text).toContain('Did you mean "attribution"?');
  });
});
