/**
 * What each supported kernel language calls a variable: which argument names it accepts, and which names a
 * `parameters` cell assigns.
 */
import { findLanguage, type KernelLanguage } from './translate';
import { notebookLanguage, type Notebook } from './ipynb';

const KEYWORDS: Record<KernelLanguage, ReadonlySet<string>> = {
  python: new Set(
    'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
      ' ',
    ),
  ),
  R: new Set(
    'if else repeat while function for in next break TRUE FALSE NULL Inf NaN NA NA_integer_ NA_real_ NA_character_ NA_complex_ T F'.split(
      ' ',
    ),
  ),
  julia: new Set(
    'baremodule begin break catch const continue do else elseif end export false finally for function global if import let local macro module quote return struct true try using while abstract mutable primitive type where in isa outer public'.split(
      ' ',
    ),
  ),
  bash: new Set(
    // Assigning these would break the shell the notebook runs in.
    'PATH IFS HOME PWD OLDPWD SHELL BASH PS1 PS2 PS4 UID EUID PPID RANDOM LINENO SECONDS'.split(' '),
  ),
};

const IDENTIFIER: Record<KernelLanguage, RegExp> = {
  python: /^[A-Za-z_][A-Za-z0-9_]*$/,
  // R: a letter, or a dot not followed by a digit; papermill drops leading `_`, so none here.
  R: /^(?:[A-Za-z]|\.(?![0-9]))[A-Za-z0-9._]*$/,
  julia: /^[A-Za-z_][A-Za-z0-9_!]*$/,
  bash: /^[A-Za-z_][A-Za-z0-9_]*$/,
};

export const LANGUAGE_TITLES: Record<KernelLanguage, string> = {
  python: 'Python',
  R: 'R',
  julia: 'Julia',
  bash: 'bash',
};

/** Why `name` cannot be a variable of `language`, or undefined when it can. */
export function identifierProblem(language: KernelLanguage, name: string): string | undefined {
  if (!IDENTIFIER[language].test(name)) return `is not a ${LANGUAGE_TITLES[language]} variable name`;
  if (KEYWORDS[language].has(name)) {
    return language === 'bash'
      ? 'is a variable the shell itself uses'
      : `is a reserved word in ${LANGUAGE_TITLES[language]}`;
  }
  return undefined;
}

/** The usual language of a kernel by its name (`python3`, `ir`, `julia-1.10`, `bash`). */
function guessByName(kernel: string): KernelLanguage | undefined {
  if (/^python/i.test(kernel)) return 'python';
  if (/^(ir|r)$/i.test(kernel)) return 'R';
  if (/^julia/i.test(kernel)) return 'julia';
  if (/^bash$/i.test(kernel)) return 'bash';
  return undefined;
}

/**
 * The kernel's language for papermill's translators: by the kernel's name, then the notebook's language.
 * A kernel named in the manifest wins over the language the notebook was saved with (it may be another
 * language's kernel), so its usual language (`julia-1.10` → Julia) comes before the notebook's.
 */
export function kernelLanguage(
  notebook: Notebook,
  kernelOverride: string | undefined,
): { language?: KernelLanguage; kernel: string; declared?: string } {
  const kernel = kernelOverride ?? notebook.metadata.kernelspec?.name ?? 'python3';
  const declared = notebookLanguage(notebook);
  const language =
    kernelOverride !== undefined
      ? (findLanguage(kernel, undefined) ?? guessByName(kernel) ?? findLanguage(undefined, declared))
      : (findLanguage(kernel, declared) ?? (declared === undefined ? guessByName(kernel) : undefined));
  return { ...(language ? { language } : {}), kernel, ...(declared !== undefined ? { declared } : {}) };
}

/** Strips a trailing comment that is not inside quotes (enough for assignment lines). */
function codeOf(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

const ASSIGNMENT: Record<KernelLanguage, RegExp> = {
  // name = ..., name: type = ..., a = b = ...
  python: /^([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)/,
  // name <- ..., name <<- ..., name = ...
  R: /^((?:[A-Za-z]|\.(?![0-9]))[\w.]*)\s*(?:<<?-|=(?!=))/,
  // name = ..., const name = ..., name::T = ...
  julia: /^(?:(?:const|global|local)\s+)?([A-Za-z_][\w!]*)\s*(?:::[^=]+)?=(?!=)/,
  // name=..., export name=..., declare -a name=(...)
  bash: /^(?:(?:export|declare|typeset|readonly|local)(?:\s+-\w+)*\s+)?([A-Za-z_]\w*)(?:\[[^\]]*\])?\+?=/,
};

/** The names a `parameters` cell assigns at its top level, in order, each once. */
export function assignedNames(language: KernelLanguage, source: string): string[] {
  const names: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    if (/^\s/.test(raw)) continue; // indented: inside a block or a continued value
    let rest = codeOf(raw).trim();
    if (language === 'R') {
      const arrow = /->>?\s*((?:[A-Za-z]|\.(?![0-9]))[\w.]*)\s*$/.exec(rest);
      if (arrow && !names.includes(arrow[1])) names.push(arrow[1]);
    }
    if (language === 'python' || language === 'julia') {
      // a, b = 1, 2
      const tuple = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*=(?!=)/.exec(rest);
      if (tuple) {
        for (const name of tuple[1].split(',').map((n) => n.trim()))
          if (!names.includes(name)) names.push(name);
        continue;
      }
    }
    for (let match = ASSIGNMENT[language].exec(rest); match; match = ASSIGNMENT[language].exec(rest)) {
      if (!names.includes(match[1])) names.push(match[1]);
      if (language === 'bash') break;
      rest = rest.slice(match[0].length).trim();
    }
  }
  return names;
}
