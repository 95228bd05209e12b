/**
 * Hides secrets and GitHub tokens in text the dispatcher shows: the live log, the tail in the status
 * comment, the job summary. Every hidden value becomes `***`.
 */

/** What a hidden value is replaced with. */
export const MASK = '***';

/** Secrets shorter than this are not masked: masking `a` or `true` would hide half the log and protect nothing. */
export const MIN_SECRET_LENGTH = 4;

/** Shapes of GitHub tokens, masked even when nobody registered them. No newline can be part of a match. */
const TOKEN_PATTERNS = ['gh[pousr]_[A-Za-z0-9]{36,}', 'github_pat_[A-Za-z0-9_]{22,}'];

/** How git carries a token in an HTTP auth header: `Authorization: basic base64(x-access-token:<token>)`. */
const GIT_AUTH_PREFIX = 'x-access-token:';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings one secret can show up as in output: itself, each of its lines, and its git auth header form. */
function variantsOf(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const variants = [secret];
  // Output is cut into lines when it is streamed, so a multi-line secret (a private key) is masked line by line too.
  for (const line of secret.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed.length >= MIN_SECRET_LENGTH && trimmed !== secret) variants.push(trimmed);
  }
  variants.push(Buffer.from(GIT_AUTH_PREFIX + secret, 'utf8').toString('base64'));
  // The prefix is 15 bytes, a multiple of 3, so the secret's own base64 is a suffix of the header form;
  // masking it too catches the secret in any other base64 that starts on the same boundary.
  const own = Buffer.from(secret, 'utf8').toString('base64');
  if (own.length >= MIN_SECRET_LENGTH * 2) variants.push(own);
  return variants;
}

/** Masks registered secrets and anything shaped like a GitHub token in strings. */
export class Masker {
  private readonly variants = new Set<string>();
  private readonly secrets = new Set<string>();
  private matcher: Matcher | undefined;
  private revision = 0;

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret. Secrets shorter than four characters are ignored. */
  add(secret: string): void {
    if (this.secrets.has(secret)) return;
    const variants = variantsOf(secret);
    if (variants.length === 0) return;
    this.secrets.add(secret);
    for (const v of variants) this.variants.add(v);
    this.matcher = undefined;
    this.revision++;
  }

  /**
   * Replaces every registered secret, every run of FRAGMENT_LENGTH or more characters of one (a secret
   * printed in pieces), and every GitHub token in `text` with `***`.
   */
  mask(text: string): string {
    if (text.length === 0) return text;
    this.matcher ??= new Matcher([...this.variants]);
    const spans = this.matcher.spans(text);
    if (spans.length === 0) return text;
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
      out += text.slice(from, start) + MASK;
      from = end;
    }
    return out + text.slice(from);
  }

  /** Changes whenever a secret is added, so derived matchers know to rebuild. */
  get version(): number {
    return this.revision;
  }

  /** Every string that is masked verbatim (each secret and its variants). */
  get literals(): readonly string[] {
    return [...this.variants];
  }
}

/** One regex for all literals and token shapes, longest literal first so a secret wins over one it contains. */
function buildPattern(literals: string[]): RegExp {
  const longestFirst = [...literals].sort((a, b) => b.length - a.length);
  return new RegExp([...longestFirst.map(escapeRegExp), ...TOKEN_PATTERNS].join('|'), 'g');
}

/** A run of this many characters of a secret is masked wherever it shows up, e.g. half a token per line. */
export const FRAGMENT_LENGTH = 16;

/** Fragments are found through blocks of this many characters taken at multiples of it in each secret. */
const BLOCK = FRAGMENT_LENGTH / 2;

/**
 * Finds what to mask in a text: the literals, the token shapes, and every run of FRAGMENT_LENGTH or more
 * consecutive characters of a literal. Such a run always holds a whole block of BLOCK characters starting at
 * a multiple of BLOCK in the literal; one regex finds those blocks (few, and rare in ordinary output), and
 * each is then extended both ways as far as the text follows the literal.
 */
export class Matcher {
  private readonly pattern: RegExp;
  private readonly blocks: RegExp | undefined;
  /** Block → where it occurs: [literal, offset]. */
  private readonly places = new Map<string, Array<[string, number]>>();

  constructor(literals: string[]) {
    this.pattern = buildPattern(literals);
    for (const literal of literals) {
      if (literal.length < FRAGMENT_LENGTH) continue;
      for (let i = 0; i + BLOCK <= literal.length; i += BLOCK) {
        const block = literal.slice(i, i + BLOCK);
        const list = this.places.get(block) ?? [];
        list.push([literal, i]);
        this.places.set(block, list);
      }
    }
    this.blocks =
      this.places.size > 0 ? new RegExp([...this.places.keys()].map(escapeRegExp).join('|'), 'g') : undefined;
  }

  /** Sorted, merged [start, end) spans of `text` to mask. */
  spans(text: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      found.push([m.index, m.index + m[0].length]);
    }
    const blocks = this.blocks;
    if (blocks) {
      blocks.lastIndex = 0;
      for (let m = blocks.exec(text); m !== null; m = blocks.exec(text)) {
        const at = m.index;
        for (const [literal, offset] of this.places.get(m[0]) ?? []) {
          let back = 0;
          while (back < offset && back < at && text[at - back - 1] === literal[offset - back - 1]) back++;
          let ahead = BLOCK;
          while (offset + ahead < literal.length && text[at + ahead] === literal[offset + ahead]) ahead++;
          if (back + ahead >= FRAGMENT_LENGTH) found.push([at - back, at + ahead]);
        }
        // Another run may hold a block that starts inside this one.
        blocks.lastIndex = at + 1;
      }
    }
    if (found.length <= 1) return found;
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: Array<[number, number]> = [];
    for (const span of found) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([span[0], span[1]]);
    }
    return merged;
  }
}

export interface StreamMaskerOptions {
  /**
   * Most bytes held back waiting for the end of a line (default 64 KiB). A longer line is let through in
   * pieces, still cut so that no secret or token is split.
   */
  maxHold?: number;
}

const DEFAULT_MAX_HOLD = 64 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const MASK_BYTES = Buffer.from(MASK);
/** A match can cross a forced cut only if it is longer than this; tokens are at most 255 characters. */
const MIN_OVERLAP = 256;

/**
 * Masks a byte stream chunk by chunk, also when a secret is split across chunks: the bytes after the last
 * line break are held back until the line is complete, the stream ends, or `maxHold` bytes pile up.
 *
 * Matching runs on the bytes themselves (read as latin1, one char per byte), so output that is not valid
 * UTF-8 passes through unchanged and only the masked spans differ.
 */
export class StreamMasker {
  private held: Buffer = Buffer.alloc(0);
  private matcher: Matcher = new Matcher([]);
  private patternVersion = -1;
  private hasLiterals = false;
  private overlap = MIN_OVERLAP;
  private longest = 0;
  /**
   * After a run too long to hold was let out masked: its last bytes (as latin1), read again before the next
   * data so that the run's continuation is found and masked with it.
   */
  private context = '';
  private readonly maxHold: number;
  /** `maxHold`, raised to fit the longest secret. */
  private hold: number;

  constructor(
    private readonly masker: Masker,
    options: StreamMaskerOptions = {},
  ) {
    this.maxHold = Math.max(options.maxHold ?? DEFAULT_MAX_HOLD, 1);
    this.hold = this.maxHold;
  }

  /** Takes the next chunk; returns the masked bytes that are ready (possibly none). */
  write(chunk: Buffer): Buffer {
    if (chunk.length === 0) return chunk;
    const data = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    return this.process(data, false);
  }

  /** The stream has ended: returns whatever was held back, masked. */
  end(): Buffer {
    const data = this.held;
    this.held = Buffer.alloc(0);
    return data.length === 0 ? data : this.process(data, true);
  }

  /** Bytes held back right now (for tests and diagnostics). */
  get holding(): number {
    return this.held.length;
  }

  private refresh(): void {
    if (this.patternVersion === this.masker.version) return;
    // The literals are matched against bytes read as latin1, so each is turned into its UTF-8 bytes read the same way.
    const literals = this.masker.literals.map((s) => Buffer.from(s, 'utf8').toString('latin1'));
    this.matcher = new Matcher(literals);
    this.hasLiterals = literals.length > 0;
    const longest = literals.reduce((n, s) => Math.max(n, s.length), 0);
    this.longest = longest;
    // Enough overlap at a forced cut for the longest secret, whatever the bound: a secret is never let out in part.
    this.overlap = Math.max(longest, Math.min(MIN_OVERLAP, this.maxHold - 1), 1);
    this.hold = Math.max(this.maxHold, this.overlap + 1);
    this.patternVersion = this.masker.version;
  }

  private process(data: Buffer, final: boolean): Buffer {
    this.refresh();
    let cut = final ? data.length : this.cutPoint(data);
    if (cut === 0) {
      this.held = data;
      return Buffer.alloc(0);
    }

    // Without secrets, a token needs `gh` or `github_pat_` somewhere: most output is let through untouched.
    const candidates = this.hasLiterals || data.indexOf('gh') !== -1 || data.indexOf('github_pat_') !== -1;
    if (!candidates) {
      this.held = data.subarray(cut);
      return data.subarray(0, cut);
    }

    // The run let out last time, if any, is read again in front of the data (`base` bytes), not let out again.
    const context = this.context;
    this.context = '';
    const base = context.length;
    const text = context + data.toString('latin1');
    const spans: Array<[number, number]> = [];
    let joined = false;
    let longRun = false;
    for (const [matchStart, matchEnd] of this.matcher.spans(text)) {
      if (matchEnd <= base) continue;
      const end = matchEnd - base;
      let start = matchStart - base;
      if (start < 0) {
        // The run let out masked goes on: this part joins its mask.
        start = 0;
        joined = true;
      }
      if (start >= cut) break;
      longRun = false;
      if (end > cut) {
        // A match that runs over the cut could still grow, or be the start of a longer secret: hold it back
        // whole. Only a run far longer than any real token is let through, masked as far as it goes.
        if (data.length - start <= this.hold) {
          cut = start;
          break;
        }
        cut = end;
        longRun = true;
      }
      spans.push([start, end]);
    }

    this.held = data.subarray(cut);
    if (cut === 0) {
      this.context = context;
      return Buffer.alloc(0);
    }
    // Held back after a long run: what follows may continue it.
    if (longRun && !final) this.context = text.slice(Math.max(0, base + cut - this.longest), base + cut);
    if (spans.length === 0) return data.subarray(0, cut);
    const pieces: Buffer[] = [];
    let from = 0;
    for (const [start, end] of spans) {
      if (start > from) pieces.push(data.subarray(from, start));
      if (!(joined && start === 0)) pieces.push(MASK_BYTES);
      from = end;
    }
    if (cut > from) pieces.push(data.subarray(from, cut));
    return Buffer.concat(pieces);
  }

  /** Where to cut `data` so that no line (and no secret) is split; everything after the cut is held back. */
  private cutPoint(data: Buffer): number {
    const newline = data.lastIndexOf(NEWLINE);
    const after = newline + 1;
    const rest = data.subarray(after);
    const carriageReturn = rest.lastIndexOf(CARRIAGE_RETURN);
    const lineEnd = carriageReturn === -1 ? after : after + carriageReturn + 1;
    if (lineEnd > 0 && data.length - lineEnd <= this.hold) return lineEnd;
    if (data.length <= this.hold) return 0;
    return data.length - this.overlap;
  }
}
