/**
 * The issue body GitHub writes when someone submits an issue form: for every field that is not markdown,
 * `### <label>`, a blank line, and the value; `_No response_` for an empty field; the value of a `render:`
 * textarea inside a fenced block; checkboxes as `- [X] label` / `- [ ] label`. Sections are separated by a
 * blank line. Used to show what a filled-in form looks like, and to simulate issues opened from a form.
 */
import type { IssueFormDefinition } from './form-definition';

export const NO_RESPONSE = '_No response_';

/** A field's value: dropdown option label(s), the text of an input or textarea, the checked checkbox labels. */
export type FieldValue = string | string[] | undefined;

function optionLabel(option: string | { label: string }): string {
  return typeof option === 'string' ? option : option.label;
}

/** Renders the body of an issue opened from `form` with `values` keyed by field id (or label, for fields without an id). */
export function renderIssueBody(form: IssueFormDefinition, values: Record<string, FieldValue>): string {
  const sections: string[] = [];
  for (const element of form.body) {
    if (element.type === 'markdown') continue;
    const label = element.attributes.label ?? '';
    const given = element.id !== undefined && element.id in values ? values[element.id] : values[label];
    let text: string;
    switch (element.type) {
      case 'dropdown': {
        const options = (element.attributes.options ?? []).map(optionLabel);
        const chosen =
          given === undefined
            ? element.attributes.default !== undefined
              ? [options[element.attributes.default]]
              : []
            : Array.isArray(given)
              ? given
              : [given];
        text = chosen.length > 0 && chosen.join('') !== '' ? chosen.join(', ') : NO_RESPONSE;
        break;
      }
      case 'checkboxes': {
        const checked = new Set(Array.isArray(given) ? given : given === undefined ? [] : [given]);
        text = (element.attributes.options ?? [])
          .map(optionLabel)
          .map((o) => `- [${checked.has(o) ? 'X' : ' '}] ${o}`)
          .join('\n');
        break;
      }
      default: {
        const value = Array.isArray(given) ? given.join('\n') : (given ?? '');
        if (value.trim() === '') text = NO_RESPONSE;
        else if (element.type === 'textarea' && element.attributes.render) {
          text = `${'```'}${element.attributes.render}\n${value}\n${'```'}`;
        } else text = value;
      }
    }
    sections.push(`### ${label}\n\n${text}`);
  }
  return sections.join('\n\n');
}
