/**
 * Parameter cells as papermill 2.6 writes them, for the Python, R, Julia and bash kernels: a `# Parameters`
 * comment line, then one assignment per parameter, values rendered by papermill's rules. Papermill is
 * Python, so its values are Python values: an integer-valued number is an `int` here unless wrapped in
 * `pyFloat` (JSON and YAML cannot tell `3` from `3.0`); strings go through `unicode_escape`.
 *
 * One deliberate difference: in Julia strings `$` starts an interpolation, which papermill does not escape;
 * here it is escaped (`\$`) so that an argument's text can never run as code.
 */

/** A float in Python's sense, even when it holds a whole number (`3.0`). */
export interface PyFloat {
  readonly pyFloat: number;
}
export const pyFloat = (value: number): PyFloat => ({ pyFloat: value });

export type ParameterValue =
  null | string | number | boolean | PyFloat | ParameterValue[] | { [key: string]: ParameterValue };

export type KernelLanguage = 'python' | 'R' | 'julia' | 'bash';
export const KERNEL_LANGUAGES: readonly KernelLanguage[] = ['python', 'R', 'julia', 'bash'];

export class TranslationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslationError';
  }
}

/** papermill registers translators under these kernel names and languages, looked up in that order. */
const REGISTERED: Record<string, KernelLanguage> = {
  python: 'python',
  R: 'R',
  julia: 'julia',
  bash: 'bash',
  pysparkkernel: 'python',
  sparkrkernel: 'R',
};

/**
 * The translator papermill would pick: by kernel name first, then by the notebook's language. Undefined when
 * papermill has none of the four supported here.
 */
export function findLanguage(
  kernelName: string | undefined,
  language: string | undefined,
): KernelLanguage | undefined {
  if (kernelName !== undefined && Object.hasOwn(REGISTERED, kernelName)) return REGISTERED[kernelName];
  if (language !== undefined && Object.hasOwn(REGISTERED, language)) return REGISTERED[language];
  return undefined;
}

const isFloat = (value: unknown): value is PyFloat =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'pyFloat' in value;

/** Python's `str.encode('unicode_escape').decode('utf-8')`. */
export function unicodeEscape(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '\t') out += '\\t';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code < 0x100) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** papermill's default string literal: `unicode_escape`, then `"` → `\"`, in double quotes. */
function escapedString(text: string): string {
  return `"${unicodeEscape(text).replace(/"/g, '\\"')}"`;
}

/** Python's `shlex.quote`. */
export function shellQuote(text: string): string {
  if (text === '') return "''";
  if (!/[^\w@%+=:,./-]/.test(text)) return text;
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}

/** Python's `repr(float)` / `str(float)`: shortest round-trip digits, exponent below 1e-4 or from 1e16. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  // Shortest digits and the decimal exponent, from JavaScript's own shortest round-trip form.
  const [mantissa, exp] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= 16) {
    const rest = digits.slice(1);
    const e = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${digits[0]}${rest ? `.${rest}` : ''}e${exponent < 0 ? '-' : '+'}${e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || '0'}`;
}

/** Python's `str(int)` for a whole JavaScript number. */
function pythonInt(value: number): string {
  return BigInt(value).toString();
}

interface Translator {
  none: string;
  bool: (value: boolean) => string;
  str: (value: string) => string;
  int: (value: number) => string;
  float: (value: number) => string;
  list: (items: string[]) => string;
  dict?: (pairs: [string, string][]) => string;
  assign: (name: string, value: string) => string;
}

const TRANSLATORS: Record<KernelLanguage, Translator> = {
  python: {
    none: 'None',
    bool: (v) => (v ? 'True' : 'False'),
    str: escapedString,
    int: pythonInt,
    float: (v) =>
      Number.isFinite(v)
        ? pythonFloat(v)
        : Number.isNaN(v)
          ? "float('nan')"
          : v < 0
            ? "float('-inf')"
            : "float('inf')",
    list: (items) => `[${items.join(', ')}]`,
    dict: (pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`,
    assign: (name, value) => `${name} = ${value}`,
  },
  R: {
    none: 'NULL',
    bool: (v) => (v ? 'TRUE' : 'FALSE'),
    str: escapedString,
    int: pythonInt,
    float: pythonFloat,
    list: (items) => `list(${items.join(', ')})`,
    dict: (pairs) => `list(${pairs.map(([k, v]) => `${k} = ${v}`).join(', ')})`,
    // Leading `_` is not legal in R names: papermill drops it.
    assign: (name, value) => `${name.replace(/^_+/, '')} = ${value}`,
  },
  julia: {
    none: 'nothing',
    bool: (v) => (v ? 'true' : 'false'),
    str: (v) => escapedString(v).replace(/\$/g, '\\$'),
    int: pythonInt,
    float: pythonFloat,
    list: (items) => `[${items.join(', ')}]`,
    dict: (pairs) => `Dict(${pairs.map(([k, v]) => `${k} => ${v}`).join(', ')})`,
    assign: (name, value) => `${name} = ${value}`,
  },
  bash: {
    none: '',
    bool: (v) => (v ? 'true' : 'false'),
    str: shellQuote,
    int: pythonInt,
    float: pythonFloat,
    list: (items) => `(${items.join(' ')})`,
    assign: (name, value) => `${name}=${value}`,
  },
};

/** One value as papermill renders it for `language`. */
export function translateValue(language: KernelLanguage, value: ParameterValue): string {
  const t = TRANSLATORS[language];
  if (value === null) return t.none;
  if (typeof value === 'string') return t.str(value);
  if (typeof value === 'boolean') return t.bool(value);
  if (typeof value === 'number') return Number.isInteger(value) ? t.int(value) : t.float(value);
  if (isFloat(value)) return t.float(value.pyFloat);
  if (Array.isArray(value)) return t.list(value.map((item) => translateValue(language, item)));
  if (!t.dict) throw new TranslationError(`papermill cannot pass a mapping as a ${language} parameter.`);
  return t.dict(Object.entries(value).map(([k, v]) => [t.str(k), translateValue(language, v)]));
}

/** The comment line papermill starts the cell with. */
export function parametersComment(language: KernelLanguage): string {
  void language; // `#` in all four languages
  return '# Parameters';
}

/** The whole source of the injected cell: the comment line, then one line per parameter, in order. */
export function codifyParameters(language: KernelLanguage, parameters: [string, ParameterValue][]): string {
  let content = `${parametersComment(language)}\n`;
  for (const [name, value] of parameters) {
    content += `${TRANSLATORS[language].assign(name, translateValue(language, value))}\n`;
  }
  return content;
}
