/** The version of the package, printed by `script-dispatcher --version` (`npm version` keeps it in step). */
export const VERSION = '1.0.0';
