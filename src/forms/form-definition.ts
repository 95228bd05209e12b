/**
 * The shape of a GitHub issue form (`.github/ISSUE_TEMPLATE/*.yml`) and the checks GitHub applies to it,
 * so that a generated form is known to load before anyone opens an issue with it.
 */

export interface IssueFormElement {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  id?: string;
  attributes: {
    label?: string;
    description?: string;
    placeholder?: string;
    value?: string;
    render?: string;
    multiple?: boolean;
    /** dropdown: strings; checkboxes: `{ label }` objects. */
    options?: (string | { label: string; required?: boolean })[];
    default?: number;
  };
  validations?: { required?: boolean };
}

export interface IssueFormDefinition {
  name: string;
  description: string;
  title?: string;
  labels?: string[];
  body: IssueFormElement[];
}

const ELEMENT_TYPES = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'];
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * What GitHub would refuse in an issue form definition (already parsed from YAML). Empty: the form is valid.
 * Covers the form schema and the rules GitHub checks on top of it: unique ids and labels, distinct non-empty
 * dropdown options without the reserved `None`, a `default` that points at an option.
 */
export function checkIssueForm(form: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(form)) return ['The form is not a mapping.'];
  if (!nonEmptyString(form.name)) problems.push('`name` must be a non-empty string.');
  if (!nonEmptyString(form.description)) problems.push('`description` must be a non-empty string.');
  if (form.title !== undefined && !nonEmptyString(form.title))
    problems.push('`title` must be a non-empty string.');
  if (form.labels !== undefined) {
    if (!Array.isArray(form.labels) || !form.labels.every(nonEmptyString)) {
      problems.push('`labels` must be a list of non-empty strings.');
    } else if (new Set(form.labels).size !== form.labels.length) {
      problems.push('`labels` must be distinct.');
    }
  }
  if (!Array.isArray(form.body) || form.body.length === 0) {
    problems.push('`body` must be a non-empty list.');
    return problems;
  }
  const ids = new Set<string>();
  const labels = new Set<string>();
  let fields = 0;
  form.body.forEach((element: unknown, i: number) => {
    const at = `body[${i}]`;
    if (!isRecord(element) || !ELEMENT_TYPES.includes(String(element.type))) {
      problems.push(`${at}: \`type\` must be one of ${ELEMENT_TYPES.join(', ')}.`);
      return;
    }
    const attributes = element.attributes;
    if (!isRecord(attributes)) {
      problems.push(`${at}: \`attributes\` must be a mapping.`);
      return;
    }
    if (element.type === 'markdown') {
      if (!nonEmptyString(attributes.value))
        problems.push(`${at}: a markdown element needs a non-empty \`value\`.`);
      if (element.id !== undefined) problems.push(`${at}: a markdown element has no \`id\`.`);
      return;
    }
    fields++;
    if (element.id !== undefined) {
      if (typeof element.id !== 'string' || !ID_PATTERN.test(element.id)) {
        problems.push(`${at}: \`id\` may only hold letters, digits, \`-\` and \`_\`.`);
      } else if (ids.has(element.id.toLowerCase())) {
        problems.push(`${at}: \`id\` ${element.id} is used twice.`);
      } else {
        ids.add(element.id.toLowerCase());
      }
    }
    if (!nonEmptyString(attributes.label)) {
      problems.push(`${at}: \`label\` must be a non-empty string.`);
    } else if (labels.has(attributes.label.trim().toLowerCase())) {
      problems.push(`${at}: \`label\` ${attributes.label} is used twice.`);
    } else {
      labels.add(attributes.label.trim().toLowerCase());
    }
    if (element.type === 'dropdown') {
      const options = attributes.options;
      if (!Array.isArray(options) || options.length === 0 || !options.every(nonEmptyString)) {
        problems.push(`${at}: \`options\` must be a non-empty list of non-empty strings.`);
        return;
      }
      if (new Set(options).size !== options.length) problems.push(`${at}: \`options\` must be distinct.`);
      if (options.some((o) => o.trim().toLowerCase() === 'none')) {
        problems.push(`${at}: \`options\` may not hold \`None\`, which GitHub reserves.`);
      }
      const def = attributes.default;
      if (
        def !== undefined &&
        (!Number.isInteger(def) || (def as number) < 0 || (def as number) >= options.length)
      ) {
        problems.push(`${at}: \`default\` must be the index of an option.`);
      }
    } else if (element.type === 'checkboxes') {
      const options = attributes.options;
      if (
        !Array.isArray(options) ||
        options.length === 0 ||
        !options.every((o) => isRecord(o) && nonEmptyString(o.label))
      ) {
        problems.push(`${at}: \`options\` must be a non-empty list of \`label\` mappings.`);
      }
    } else if (attributes.options !== undefined || attributes.default !== undefined) {
      problems.push(`${at}: only dropdowns and checkboxes take \`options\` and \`default\`.`);
    }
    if (attributes.render !== undefined && element.type !== 'textarea') {
      problems.push(`${at}: only a textarea takes \`render\`.`);
    }
    if (element.validations !== undefined && !isRecord(element.validations)) {
      problems.push(`${at}: \`validations\` must be a mapping.`);
    }
  });
  if (fields === 0) problems.push('`body` needs at least one field that is not markdown.');
  return problems;
}
