import type { Rule } from 'eslint';

/** Folders (or files) of src/, in the order a request goes through them. */
export const STAGES: string[][];
declare const rule: Rule.RuleModule;
export default rule;
