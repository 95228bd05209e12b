/** The `pattern` of a text argument: a JavaScript regular expression the whole value must match. */

/** Compiles `pattern` so that it matches whole values only. Throws a SyntaxError when it is not valid. */
export function wholeValuePattern(pattern: string): RegExp {
  // Compiled alone first, so a pattern such as `a)(b` cannot pass by closing the group around it.
  new RegExp(pattern);
  return new RegExp(`^(?:${pattern})$`);
}
