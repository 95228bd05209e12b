// The types of schema-validate.generated.js (written by scripts/manifest-validator.mjs).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
