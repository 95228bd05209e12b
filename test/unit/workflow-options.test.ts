import { hasScriptOptions, withScriptOptions } from '../../src/forms/workflow-options';

const WORKFLOW = `on:
  workflow_dispatch:
    inputs:
      script:
        type: choice
        options: [old, gone] # script-dispatcher:scripts
      other:
        type: choice
        options: [a, b]
`;

describe('the scripts dropdown of a workflow', () => {
  it('replaces only the marked options line', () => {
    const updated = withScriptOptions(WORKFLOW, ['word_count', 'link-checker']);
    expect(updated).toContain('options: [word_count, link-checker] # script-dispatcher:scripts');
    expect(updated).toContain('options: [a, b]\n');
    expect(hasScriptOptions(updated)).toBe(true);
  });
  it('leaves a workflow without the marker as it is', () => {
    const plain = WORKFLOW.replace(' # script-dispatcher:scripts', '');
    expect(hasScriptOptions(plain)).toBe(false);
    expect(withScriptOptions(plain, ['x'])).toBe(plain);
  });
  it('is stable once up to date', () => {
    const once = withScriptOptions(WORKFLOW, ['a']);
    expect(withScriptOptions(once, ['a'])).toBe(once);
  });
});
