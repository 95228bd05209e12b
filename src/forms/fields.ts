/**
 * The fields of a script's issue form: which element, id, label and options each has.
 *
 * The generator writes forms from this list and the issue-form parser reads bodies back with the same list,
 * so both agree on every label (the `### <label>` headings GitHub renders) and on every dropdown option.
 */
import type { ArgSpec, Manifest, Script } from '../manifest/types';

export const SCRIPT_LABEL = 'Script';
export const CONTENT_LABEL = 'Content';
export const OPEN_PULL_REQUEST_LABEL = 'Open a pull request';
export const YES = 'Yes';
export const NO = 'No';

/** Ids of the fields every form may have; an argument never gets one of these. */
export const SCRIPT_ID = 'script';
export const TARGET_ID = 'target';
export const OPEN_PULL_REQUEST_ID = 'open-pull-request';

/** What the form shows in a dropdown, and the value it stands for (a script name, a target key, an option). */
export interface FieldOption {
  label: string;
  value: string;
}

export interface FormField {
  kind: 'script' | 'target' | 'arg' | 'open-pull-request';
  /** Unique in the form; only alphanumerics, `-` and `_`. */
  id: string;
  /** Unique in the form (compared with {@link labelKey}); one line. */
  label: string;
  element: 'dropdown' | 'input' | 'textarea';
  /** textarea: the language of the fenced block GitHub wraps the value in. */
  render?: string;
  /** dropdown: its options, unique and never GitHub's reserved `None`. */
  options?: FieldOption[];
  /** kind `arg`: the argument the field gives. */
  arg?: ArgSpec;
}

/** How labels are compared: GitHub headings may differ in case and spacing from what the form says. */
export function labelKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** GitHub adds its own `None` entry to dropdowns and refuses forms whose options include it. */
function isReservedOption(label: string): boolean {
  return label.trim().toLowerCase() === 'none';
}

/**
 * The first of `base`, `<title> (<qualifier>)`, `<title> (<qualifier> 2)`, `<title> (<qualifier> 3)`... whose key
 * is not taken yet; takes it.
 */
function unique(
  base: string,
  title: string,
  qualifier: string,
  taken: Set<string>,
  key: (s: string) => string,
): string {
  for (let n = 1; ; n++) {
    const candidate =
      n === 1 ? base : n === 2 ? `${title} (${qualifier})` : `${title} (${qualifier} ${n - 1})`;
    if (!taken.has(key(candidate))) {
      taken.add(key(candidate));
      return candidate;
    }
  }
}

/** One-line label text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The option the Script dropdown shows for a script. */
export function scriptOption(script: Script): FieldOption {
  const name = oneLine(script.name);
  return {
    label: isReservedOption(name) || name === '' ? `${name} (script)`.trim() : name,
    value: script.name,
  };
}

/** The options of the Content dropdown: the script's targets by title, made unique. */
export function targetOptions(script: Script, manifest: Manifest): FieldOption[] {
  const taken = new Set<string>();
  const titles = script.targets.map((key) => oneLine(manifest.repositories[key]?.title ?? '') || key);
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  return script.targets.map((key, i) => {
    const title = titles[i];
    const clash = (counts.get(title.toLowerCase()) ?? 0) > 1 || isReservedOption(title);
    const base = clash ? `${title} (${key})` : title;
    return { label: unique(base, title, key, taken, (s) => s.toLowerCase()), value: key };
  });
}

/** The options of a choice argument: its options, made unique and never `None`. */
function choiceOptions(arg: ArgSpec): FieldOption[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const options: FieldOption[] = [];
  for (const value of arg.options ?? []) {
    if (typeof value !== 'string' || oneLine(value) === '' || seen.has(value)) continue;
    seen.add(value);
    const text = oneLine(value);
    const base = isReservedOption(text) ? `"${text}"` : text;
    options.push({ label: unique(base, `"${text}"`, 'option', taken, (s) => s), value });
  }
  return options;
}

/** Which form element an argument becomes. */
function argElement(arg: ArgSpec): Pick<FormField, 'element' | 'render' | 'options'> {
  switch (arg.type) {
    // csv too, without `render: csv`: a rendered textarea takes no attachments, and a csv value may be an
    // attached file. A pasted CSV comes back exactly when it is in a fenced block.
    case 'textarea':
    case 'file':
    case 'csv':
      return { element: 'textarea' };
    case 'boolean':
      return {
        element: 'dropdown',
        options: [
          { label: YES, value: YES },
          { label: NO, value: NO },
        ],
      };
    case 'choice': {
      const options = choiceOptions(arg);
      return options.length > 0 ? { element: 'dropdown', options } : { element: 'input' };
    }
    default:
      return { element: 'input' };
  }
}

function argId(name: string, taken: Set<string>): string {
  const base = name.replace(/[^A-Za-z0-9_-]/g, '_') || 'arg';
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = n === 2 ? `arg-${base}` : `arg-${base}-${n - 1}`;
  taken.add(id.toLowerCase());
  return id;
}

/** The fields of a script's form, in the order the form shows them. */
export function formFields(script: Script, manifest: Manifest): FormField[] {
  const ids = new Set<string>([SCRIPT_ID, TARGET_ID, OPEN_PULL_REQUEST_ID]);
  // The fixed labels are always reserved, whether the form shows them or not, so that an argument's label does
  // not change when a script gains a second target or becomes a write script.
  const labels = new Set<string>([SCRIPT_LABEL, CONTENT_LABEL, OPEN_PULL_REQUEST_LABEL].map(labelKey));
  const fields: FormField[] = [
    {
      kind: 'script',
      id: SCRIPT_ID,
      label: SCRIPT_LABEL,
      element: 'dropdown',
      options: [scriptOption(script)],
    },
  ];
  if (script.targets.length > 1) {
    fields.push({
      kind: 'target',
      id: TARGET_ID,
      label: CONTENT_LABEL,
      element: 'dropdown',
      options: targetOptions(script, manifest),
    });
  }
  for (const arg of script.args) {
    const title = oneLine(arg.title ?? '') || oneLine(arg.name) || 'Argument';
    const label = unique(title, title, oneLine(arg.name), labels, labelKey);
    fields.push({ kind: 'arg', id: argId(arg.name, ids), label, arg, ...argElement(arg) });
  }
  if (script.mode === 'write') {
    fields.push({
      kind: 'open-pull-request',
      id: OPEN_PULL_REQUEST_ID,
      label: OPEN_PULL_REQUEST_LABEL,
      element: 'dropdown',
      options: [
        { label: YES, value: YES },
        { label: NO, value: NO },
      ],
    });
  }
  return fields;
}
