/** Arguments: read the `args` input, check each value against its type, turn csv/file values into files. */
export { argsFromObject, parseArgsInput, type ParsedArgs } from './parse';
export { checkArgs, type CheckedArgs, type CheckOptions } from './check';
export { checkDownloadUrl } from './attachments';
export { downloadAttachment, DownloadError, type DownloadOptions } from './download';
export { materializeArgs, type MaterializeContext, type MaterializedArgs } from './materialize';
export { isPendingContent, type DownloadPolicy, type PendingContent } from './types';
