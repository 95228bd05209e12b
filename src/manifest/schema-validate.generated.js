// Generated from schema/script-dispatcher.schema.json by scripts/manifest-validator.mjs (npm run build).
// Do not edit: change the schema and build.
/* eslint-disable */
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:script-dispatcher:manifest:1","title":"Script Dispatcher manifest","description":"The scripts a Script Dispatcher may run, the content repositories they work on, and how they run. Usually `.github/script-dispatcher.yml`. Point your editor at this schema with the comment `# yaml-language-server: $schema=<URL of this file>` on the first line.","type":"object","additionalProperties":false,"required":["version","scripts"],"properties":{"version":{"title":"Manifest format version","description":"The version of this manifest format. Always `1`.","const":1},"repositories":{"title":"Content repositories","description":"The content repositories scripts work on, keyed by a short name (the *target*) that requests, forms and `targets` use. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/repository"},"default":{}},"defaults":{"title":"Defaults for every script","description":"Settings every script gets unless it sets them itself. `env` is merged with each script's `env` (the script wins on the same name); every other setting a script sets replaces the default.","type":"object","additionalProperties":false,"properties":{"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"python":{"$ref":"#/definitions/python"}}},"scripts":{"title":"Scripts","description":"The scripts that may be run, keyed by the name requests use (`/run <name>`). At least one. Names: letters, digits, `_` and `-`, starting with a letter or digit. Forms, `/help` and the docs list them in this order.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/script"}},"allowed-download-hosts":{"title":"Allowed download hosts","description":"Hosts, besides the GitHub host, that `csv` and `file` arguments may be downloaded from when a request gives a link. Nothing else is ever fetched.","type":"array","uniqueItems":true,"items":{"title":"Host","description":"A host name such as `files.example.org`, optionally with `:port` to allow only that port.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$","patternErrorMessage":"a host name such as `files.example.org` (optionally with `:port`), without `https://` or a path"},"default":[]},"max-download-mib":{"title":"Size cap of csv and file values (MiB)","description":"The largest `csv` or `file` value, downloaded or pasted, in MiB (fractions allowed). Default 10.","type":"number","exclusiveMinimum":0,"default":10},"status-labels":{"title":"Status labels","description":"Add and move the labels `script:running`, `script:succeeded` and `script:failed` on the issue as a run goes. Default false.","type":"boolean","default":false},"flows":{"title":"Flows","description":"Several scripts run as one request, in the order their `needs` give, independent steps at the same time. Keyed by the name requests use, like scripts: flows and scripts share one namespace, so a flow may not have a script's name.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow"}},"triggers":{"title":"Triggers","description":"Events that start a script without anyone naming it (a push, a schedule, a repository_dispatch, a finished workflow run, ...). Every trigger that matches the event runs, in this order, each as its own run. `script-dispatcher route EVENT.json` shows which would run and why the others would not.","type":"array","items":{"$ref":"#/definitions/trigger"},"default":[]},"progress-interval":{"title":"Progress interval (seconds)","description":"While a script runs, its status comment is edited at most once every this many seconds (only when what it shows changed). Default 15, at least 5. Raise it when many runs go at once in one repository: GitHub allows about 80 comment edits a minute and 500 an hour across all of them.","type":"number","minimum":5,"default":15}},"definitions":{"flow":{"title":"Flow","description":"Scripts run as one request: one status comment, one artifact (a folder per step) and one record.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the flow's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the flow does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. The flow run checks its target out once. Default: all repositories.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The flow's own arguments, typed like a script's; steps use them as `{args.NAME}`.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"permission":{"$ref":"#/definitions/permission"},"fan-out":{"$ref":"#/definitions/fan-out"},"max-parallel":{"title":"Steps at once","description":"How many steps may run at the same time. Default: the number of CPUs.","type":"integer","minimum":1},"steps":{"title":"Steps","description":"The steps, keyed by a name other steps use in `needs` and `{steps.NAME.output}`. At least one.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow-step"}}}},"flow-step":{"title":"Step","description":"One script of a flow.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"title":"Script","description":"The name of a script of the manifest.","type":"string"},"needs":{"title":"Needs","description":"Steps that must succeed (or be taken from the cache) before this one starts.","type":"array","uniqueItems":true,"items":{"title":"Step","description":"The name of another step of this flow.","type":"string"}},"args":{"title":"Arguments","description":"Values of the script's arguments. They may hold `{args.NAME}` (the flow's arguments), `{target}`, `{job}` and `{steps.NAME.output}` (the absolute output directory of a step named in `needs`); values are checked against the script's argument types.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Value","description":"The argument's value; text may hold placeholders.","type":["string","number","boolean"]}},"cache":{"title":"Cache","description":"Take the step's outputs from the cache when nothing it depends on changed: the script's manifest entry, the files its command names, `cache-files`, its arguments, the target's commit and the outputs of the steps it needs. Not for write scripts. Default false.","type":"boolean","default":false},"cache-files":{"title":"Cache files","description":"Globs of further workspace files (helper modules, data) whose content enters the cache key.","type":"array","items":{"title":"Glob","description":"A glob relative to the working directory, such as `scripts/lib/**/*.py`.","type":"string","minLength":1}}}},"name":{"title":"Name","description":"Letters, digits, `_` and `-`, starting with a letter or digit. Safe in command-line flags, branch names, artifact names and paths.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$","patternErrorMessage":"letters, digits, `_` and `-` only, starting with a letter or digit"},"repository":{"title":"Content repository","description":"A repository scripts work on: checked out before a run, and the base of pull requests of write scripts.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"title":"GitHub repository","description":"`owner/name` of the repository. Cloned from `GITHUB_SERVER_URL/owner/name` (so GitHub Enterprise Server works too) with the `content-token` input, unless `clone-url` is set.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$","patternErrorMessage":"`owner/name`, e.g. `isaacphysics/rutherford-content`, without `https://github.com/`"},"ref":{"title":"Branch","description":"Branch checked out, and the base of pull requests. Default: the repository's default branch.","type":"string","minLength":1},"path":{"title":"Checkout path","description":"Where the repository is checked out, relative to the scripts' working directory, inside it. Default: `data/<key>`.","type":"string","minLength":1},"title":{"title":"Title","description":"Shown in forms and comments. Default: the key.","type":"string","minLength":1},"clone-url":{"title":"Clone URL","description":"Clone from this URL instead of `GITHUB_SERVER_URL/owner/name`, e.g. a mirror or a `file://` URL. Pull requests still go to `repository`. Never put credentials in it: the `content-token` input is used.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*://","patternErrorMessage":"a full URL such as `https://git.example.org/owner/name.git` or `file:///srv/git/name.git`"}}},"script":{"title":"Script","description":"A script that may be run: its command (or notebook), arguments, targets and settings. Every setting can also get a default under `defaults`.","type":"object","additionalProperties":false,"if":{"properties":{"notebook":false}},"then":{"properties":{"command":true},"required":["command"]},"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the script's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the script does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"command":{"title":"Command","description":"The program and its arguments, as a list: each element is one argv element, never split and never run through a shell. Elements may hold placeholders: `{job}`, `{script}`, `{target}`, `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. The request's arguments are appended as `--name=value` unless `pass-args` is `none`.","type":"array","minItems":1,"items":{"title":"Command element","description":"One argv element; numbers are taken as text.","type":["string","number"]}},"notebook":{"title":"Notebook","description":"A Jupyter notebook (`.ipynb`) to run instead of `command`, relative to the working directory and inside the workspace. Its arguments are injected as papermill does (a cell tagged `injected-parameters` after the cell tagged `parameters`); it runs with nbclient under `python`.","type":"string","minLength":1},"kernel":{"title":"Kernel","description":"The Jupyter kernel that runs the notebook (e.g. `python3`, `ir`, `julia-1.10`, `bash`). Default: the notebook's own kernelspec.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"a kernel name: letters, digits, `.`, `_` and `-`"},"mode":{"title":"Mode","description":"`read` (default): the script only writes outputs. `write`: its changes to the target checkout become a pull request on the content repository.","type":"string","enum":["read","write"],"default":"read"},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. Default: all repositories, in the order they are declared. A `write` script needs at least one.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The script's arguments, in the order forms show them. Each becomes `--<name>=<value>` on the command line (booleans: `--<name>` when true, nothing when false) unless `pass-args` is `none`; all of them are in `DISPATCH_ARGS`. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"outputs":{"title":"Outputs","description":"Where the script writes its outputs (uploaded as the artifact `<script>-<job>`) and what must be there.","type":"object","additionalProperties":false,"properties":{"path":{"title":"Output directory","description":"Relative to the working directory, inside it; may hold placeholders such as `{job}`. Created empty before each run. Default: a fresh temporary directory. Also in `DISPATCH_OUTPUT` and `{output}`.","type":"string","minLength":1},"expect":{"title":"Expected outputs","description":"Globs, relative to the output directory, that must each match a file after a successful run; else the run fails.","type":"array","items":{"title":"Glob","description":"A glob such as `report.txt` or `*.csv`.","type":"string","minLength":1},"default":[]}}},"pull-request":{"title":"Pull request","description":"The pull request a `write` script's changes become.","type":"object","additionalProperties":false,"properties":{"title":{"title":"Pull request title","description":"May hold placeholders. Default: `{script} ({job})`.","type":"string","minLength":1,"default":"{script} ({job})"},"body":{"title":"Pull request body","description":"Markdown placed before the generated part (links to the issue and the run, the arguments, the changed files). May hold placeholders.","type":"string"},"labels":{"title":"Labels","description":"Labels added to the pull request.","type":"array","uniqueItems":true,"items":{"title":"Label","description":"A label name.","type":"string","minLength":1},"default":[]},"draft":{"title":"Draft","description":"Open the pull request as a draft. Default false.","type":"boolean","default":false}}},"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"fan-out":{"$ref":"#/definitions/fan-out"},"python":{"$ref":"#/definitions/python"},"workflow-commands":{"title":"Workflow commands","description":"Let the script's output issue workflow commands (`::error::`, `::add-mask::`, `::set-output`...). Default false: its output is shown in the log as it is, and lines it prints that look like commands are not obeyed.","type":"boolean","default":false}}},"arg":{"title":"Argument","description":"One argument of a script: a field in its issue form, a `name=value` in `/run`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Type","description":"`text` (one line), `textarea` (several lines), `number`, `boolean`, `choice` (one of `options`), `csv` (a table, pasted or attached; the script gets the path of the file), `file` (pasted or attached; the script gets the path of the file).","type":"string","enum":["text","textarea","number","boolean","choice","csv","file"]},"title":{"title":"Title","description":"The label of the form field. Default: the argument's name.","type":"string","minLength":1},"description":{"title":"Description","description":"Help shown under the form field and in `/help`, in Markdown.","type":"string"},"example":{"title":"Example","description":"An example value, shown as the form field's placeholder and in `/help`.","type":["string","number","boolean"]},"required":{"title":"Required","description":"A request must give this argument. Default false. With a `default`, the default is used when none is given.","type":"boolean","default":false},"pattern":{"title":"Pattern","description":"`text` only: a JavaScript regular expression the whole value must match.","type":"string"},"options":{"title":"Options","description":"`choice` only, and required there: the values to choose from.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Option","description":"One value; numbers are taken as text.","type":["string","number"]}},"min":{"title":"Minimum","description":"`number` only: the smallest value allowed.","type":"number"},"max":{"title":"Maximum","description":"`number` only: the largest value allowed.","type":"number"},"default":{"title":"Default","description":"The value used when a request does not give one. Must be valid for the type: a number within `min`/`max`, `true`/`false`, one of `options`, text matching `pattern`.","type":["string","number","boolean"]},"columns":{"title":"Columns","description":"`csv` only: the column names. When `header` is true the first row must hold them, in this order.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Column","description":"A column name.","type":"string","minLength":1}},"header":{"title":"Header row","description":"`csv` only: the first row is a header row. Default true.","type":"boolean","default":true}}},"timeout-minutes":{"title":"Timeout (minutes)","description":"Minutes a run attempt may take before it is stopped (SIGTERM to its process group, then SIGKILL). Fractions allowed. Default 30; at most 7200 (5 days, the longest a GitHub Actions job may run).","type":"number","exclusiveMinimum":0,"maximum":7200,"default":30},"retries":{"title":"Retries","description":"Extra attempts after a failed or timed-out one. Default 0, at most 10.","type":"integer","minimum":0,"maximum":10,"default":0},"env":{"title":"Environment","description":"Environment variables for the script: literal values, never expanded (numbers and booleans are taken as text). Under `defaults` they are merged with each script's own `env`. Names starting with `DISPATCH_` are reserved.","type":"object","propertyNames":{"title":"Variable name","description":"Letters, digits and `_`, not starting with a digit or `DISPATCH_`.","type":"string","pattern":"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$","patternErrorMessage":"letters, digits and `_`, not starting with a digit; names starting with `DISPATCH_` are set by the dispatcher"},"additionalProperties":{"title":"Value","description":"A literal value.","type":["string","number","boolean"]},"default":{}},"permission":{"title":"Least permission","description":"The least permission the requester needs on the repository the workflow runs in: `read`, `triage`, `write`, `maintain` or `admin`. The script's own `permission` wins. Otherwise a `read` script needs `defaults.permission`, or `triage` when that is not set; a `write` script needs the higher of `defaults.permission` and `write`, so a default never lets a user below `write` run a write script.","type":"string","enum":["read","triage","write","maintain","admin"]},"allow-users":{"title":"Allowed users","description":"GitHub logins allowed to run the script, on top of the permission level. Not set: anyone with the permission. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"User","description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$","patternErrorMessage":"a GitHub login such as `octocat`, without `@`"}},"allow-teams":{"title":"Allowed teams","description":"Teams (`org/team-slug`) whose members may run the script, on top of the permission level. With `allow-users`, being on either list is enough. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"Team","description":"`org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"`org/team-slug`, e.g. `isaacphysics/content-editors`, without `@`"}},"working-directory":{"title":"Working directory","description":"The scripts' working directory, relative to `GITHUB_WORKSPACE` (the CLI: the current directory) and inside it. Default `.`.","type":"string","minLength":1,"default":"."},"python":{"title":"Python","description":"The Python interpreter that runs notebooks with nbclient (a name on `PATH` or a path). Default `python3`. Only notebook scripts use it.","type":"string","minLength":1,"default":"python3"},"pass-args":{"title":"Pass arguments","description":"`flags` (default): append the request's arguments to the command as `--name=value`. `none`: append nothing; the script reads `DISPATCH_ARGS` or uses `{args.NAME}` placeholders.","type":"string","enum":["flags","none"],"default":"flags"},"fan-out":{"title":"Fan-out","description":"Run one request on many runners at once, through the workflow's matrix (`fan-out: plan`, `leg`, `gather`). `targets`: one leg per target the request names (`target: phy,ada` or `all`). `{csv: ARG, rows-per-leg: N}`: the data rows of the csv argument ARG, N per leg, the header row kept in every leg. At most 256 legs: more are grouped into 256.","oneOf":[{"title":"One leg per target","description":"One leg per target the request names (`target: phy,ada` or `all`).","type":"string","const":"targets"},{"title":"Rows of a csv argument","description":"The data rows of a `csv` argument, split into legs of `rows-per-leg` rows.","type":"object","additionalProperties":false,"required":["csv","rows-per-leg"],"properties":{"csv":{"title":"csv argument","description":"The name of one of the script's arguments of `type: csv`.","type":"string","minLength":1},"rows-per-leg":{"title":"Rows per leg","description":"How many data rows each leg runs on (at least 1). More than 256 legs' worth of rows are grouped into 256 legs.","type":"integer"}}}]},"commit-author":{"title":"Commit author","description":"`Name <email>` of the commits a write script's changes become. Default: `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>`.","type":"string","pattern":"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$","patternErrorMessage":"`Name <email>`, e.g. `Content Bot <bot@example.org>`"},"trigger":{"title":"Trigger","description":"Runs `run` when the workflow's event is `on` and every filter given here matches.","type":"object","additionalProperties":false,"required":["on","run"],"properties":{"on":{"title":"Event","description":"The event name, as in the workflow's `on:` (e.g. `push`, `schedule`, `repository_dispatch`, `workflow_run`).","type":"string","pattern":"^[a-z][a-z_]*$","patternErrorMessage":"an event name such as `push`, `schedule`, `repository_dispatch` or `workflow_run`"},"branches":{"title":"Branches (push)","description":"Globs the pushed branch must match (e.g. `main`, `release/**`); a glob starting with `!` excludes, the last glob that matches decides. Without it: any branch or tag.","type":"array","minItems":1,"items":{"title":"Branch glob","description":"A glob of branch names, e.g. `main` or `release/**`; `!` in front excludes.","type":"string","minLength":1}},"paths":{"title":"Paths (push)","description":"Globs matched against every file the push changed (computed by the action, no limit on their number); the trigger matches when one of them matches. A glob starting with `!` excludes.","type":"array","minItems":1,"items":{"title":"Path glob","description":"A glob of file paths relative to the repository root, e.g. `content/**/*.json`; `!` in front excludes.","type":"string","minLength":1}},"cron":{"title":"Cron (schedule)","description":"Must equal one `cron` of the workflow's `schedule`: `github.event.schedule` says which one fired. Without it: every schedule.","type":"string","minLength":1},"types":{"title":"Types","description":"The event's activity types (`github.event.action`; for repository_dispatch, the `event_type`), any of.","type":"array","minItems":1,"items":{"title":"Type","description":"An activity type (`github.event.action`), e.g. `run-complete`.","type":"string","minLength":1}},"when":{"title":"Conditions on the event","description":"Dotted paths into the event payload (e.g. `client_payload.plan_name`) and the value each must have; a list means any of. All must hold.","type":"object","minProperties":1,"propertyNames":{"title":"Payload path","description":"A dotted path into the event payload, e.g. `client_payload.plan_name`.","type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$","patternErrorMessage":"a dotted path into the payload, such as `client_payload.plan_name`"},"additionalProperties":{"title":"Allowed value","description":"The value the payload must have there, or a list of values (any of).","anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"workflows":{"title":"Workflows (workflow_run)","description":"Names of the workflows whose runs start this trigger (`github.event.workflow_run.name`), any of.","type":"array","minItems":1,"items":{"title":"Workflow name","description":"The `name:` of a workflow, e.g. `Build content`.","type":"string","minLength":1}},"conclusions":{"title":"Conclusions (workflow_run)","description":"Conclusions of the finished run, any of.","type":"array","minItems":1,"items":{"title":"Conclusion","description":"How the run finished: `success`, `failure`, `cancelled`, ...","enum":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale","startup_failure"]}},"run":{"title":"Script to run","description":"The name of a script (or a flow) of this manifest.","$ref":"#/definitions/name"},"target":{"title":"Content repository","description":"A key of `repositories` (default: the script's default target).","$ref":"#/definitions/name"},"args":{"title":"Arguments","description":"Argument values by name. Text may hold `{event.PATH}` (a dotted path into the event payload) and the usual placeholders; the values are checked against the script's arguments like any request.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Argument value","description":"Text (may hold `{event.PATH}` and the usual placeholders), a number or a boolean.","type":["string","number","boolean"]}},"report-to":{"title":"Report to issue","description":"The issue number that gets the status comment of the run.","type":"integer","minimum":1},"open-issue-on-failure":{"title":"Open an issue on failure","description":"A failed run opens an issue titled after the trigger (or comments on it while it is open); a later success says so on it. Default false.","type":"boolean","default":false}}}}};
const schema12 = {"title":"Name","description":"Letters, digits, `_` and `-`, starting with a letter or digit. Safe in command-line flags, branch names, artifact names and paths.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$","patternErrorMessage":"letters, digits, `_` and `-` only, starting with a letter or digit"};
const schema13 = {"title":"Content repository","description":"A repository scripts work on: checked out before a run, and the base of pull requests of write scripts.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"title":"GitHub repository","description":"`owner/name` of the repository. Cloned from `GITHUB_SERVER_URL/owner/name` (so GitHub Enterprise Server works too) with the `content-token` input, unless `clone-url` is set.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$","patternErrorMessage":"`owner/name`, e.g. `isaacphysics/rutherford-content`, without `https://github.com/`"},"ref":{"title":"Branch","description":"Branch checked out, and the base of pull requests. Default: the repository's default branch.","type":"string","minLength":1},"path":{"title":"Checkout path","description":"Where the repository is checked out, relative to the scripts' working directory, inside it. Default: `data/<key>`.","type":"string","minLength":1},"title":{"title":"Title","description":"Shown in forms and comments. Default: the key.","type":"string","minLength":1},"clone-url":{"title":"Clone URL","description":"Clone from this URL instead of `GITHUB_SERVER_URL/owner/name`, e.g. a mirror or a `file://` URL. Pull requests still go to `repository`. Never put credentials in it: the `content-token` input is used.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*://","patternErrorMessage":"a full URL such as `https://git.example.org/owner/name.git` or `file:///srv/git/name.git`"}}};
const schema14 = {"title":"Timeout (minutes)","description":"Minutes a run attempt may take before it is stopped (SIGTERM to its process group, then SIGKILL). Fractions allowed. Default 30; at most 7200 (5 days, the longest a GitHub Actions job may run).","type":"number","exclusiveMinimum":0,"maximum":7200,"default":30};
const schema15 = {"title":"Retries","description":"Extra attempts after a failed or timed-out one. Default 0, at most 10.","type":"integer","minimum":0,"maximum":10,"default":0};
const schema16 = {"title":"Environment","description":"Environment variables for the script: literal values, never expanded (numbers and booleans are taken as text). Under `defaults` they are merged with each script's own `env`. Names starting with `DISPATCH_` are reserved.","type":"object","propertyNames":{"title":"Variable name","description":"Letters, digits and `_`, not starting with a digit or `DISPATCH_`.","type":"string","pattern":"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$","patternErrorMessage":"letters, digits and `_`, not starting with a digit; names starting with `DISPATCH_` are set by the dispatcher"},"additionalProperties":{"title":"Value","description":"A literal value.","type":["string","number","boolean"]},"default":{}};
const schema17 = {"title":"Least permission","description":"The least permission the requester needs on the repository the workflow runs in: `read`, `triage`, `write`, `maintain` or `admin`. The script's own `permission` wins. Otherwise a `read` script needs `defaults.permission`, or `triage` when that is not set; a `write` script needs the higher of `defaults.permission` and `write`, so a default never lets a user below `write` run a write script.","type":"string","enum":["read","triage","write","maintain","admin"]};
const schema18 = {"title":"Allowed users","description":"GitHub logins allowed to run the script, on top of the permission level. Not set: anyone with the permission. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"User","description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$","patternErrorMessage":"a GitHub login such as `octocat`, without `@`"}};
const schema19 = {"title":"Allowed teams","description":"Teams (`org/team-slug`) whose members may run the script, on top of the permission level. With `allow-users`, being on either list is enough. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"Team","description":"`org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"`org/team-slug`, e.g. `isaacphysics/content-editors`, without `@`"}};
const schema20 = {"title":"Working directory","description":"The scripts' working directory, relative to `GITHUB_WORKSPACE` (the CLI: the current directory) and inside it. Default `.`.","type":"string","minLength":1,"default":"."};
const schema21 = {"title":"Pass arguments","description":"`flags` (default): append the request's arguments to the command as `--name=value`. `none`: append nothing; the script reads `DISPATCH_ARGS` or uses `{args.NAME}` placeholders.","type":"string","enum":["flags","none"],"default":"flags"};
const schema22 = {"title":"Commit author","description":"`Name <email>` of the commits a write script's changes become. Default: `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>`.","type":"string","pattern":"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$","patternErrorMessage":"`Name <email>`, e.g. `Content Bot <bot@example.org>`"};
const schema23 = {"title":"Python","description":"The Python interpreter that runs notebooks with nbclient (a name on `PATH` or a path). Default `python3`. Only notebook scripts use it.","type":"string","minLength":1,"default":"python3"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = codePoints;
function codePoints(text) { let n = 0; for (const _ of text) n++; return n; }
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$", "u");
const pattern2 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*://", "u");
const pattern3 = new RegExp("^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern4 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern6 = new RegExp("^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$", "u");
const schema25 = {"title":"Script","description":"A script that may be run: its command (or notebook), arguments, targets and settings. Every setting can also get a default under `defaults`.","type":"object","additionalProperties":false,"if":{"properties":{"notebook":false}},"then":{"properties":{"command":true},"required":["command"]},"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the script's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the script does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"command":{"title":"Command","description":"The program and its arguments, as a list: each element is one argv element, never split and never run through a shell. Elements may hold placeholders: `{job}`, `{script}`, `{target}`, `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. The request's arguments are appended as `--name=value` unless `pass-args` is `none`.","type":"array","minItems":1,"items":{"title":"Command element","description":"One argv element; numbers are taken as text.","type":["string","number"]}},"notebook":{"title":"Notebook","description":"A Jupyter notebook (`.ipynb`) to run instead of `command`, relative to the working directory and inside the workspace. Its arguments are injected as papermill does (a cell tagged `injected-parameters` after the cell tagged `parameters`); it runs with nbclient under `python`.","type":"string","minLength":1},"kernel":{"title":"Kernel","description":"The Jupyter kernel that runs the notebook (e.g. `python3`, `ir`, `julia-1.10`, `bash`). Default: the notebook's own kernelspec.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"a kernel name: letters, digits, `.`, `_` and `-`"},"mode":{"title":"Mode","description":"`read` (default): the script only writes outputs. `write`: its changes to the target checkout become a pull request on the content repository.","type":"string","enum":["read","write"],"default":"read"},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. Default: all repositories, in the order they are declared. A `write` script needs at least one.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The script's arguments, in the order forms show them. Each becomes `--<name>=<value>` on the command line (booleans: `--<name>` when true, nothing when false) unless `pass-args` is `none`; all of them are in `DISPATCH_ARGS`. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"outputs":{"title":"Outputs","description":"Where the script writes its outputs (uploaded as the artifact `<script>-<job>`) and what must be there.","type":"object","additionalProperties":false,"properties":{"path":{"title":"Output directory","description":"Relative to the working directory, inside it; may hold placeholders such as `{job}`. Created empty before each run. Default: a fresh temporary directory. Also in `DISPATCH_OUTPUT` and `{output}`.","type":"string","minLength":1},"expect":{"title":"Expected outputs","description":"Globs, relative to the output directory, that must each match a file after a successful run; else the run fails.","type":"array","items":{"title":"Glob","description":"A glob such as `report.txt` or `*.csv`.","type":"string","minLength":1},"default":[]}}},"pull-request":{"title":"Pull request","description":"The pull request a `write` script's changes become.","type":"object","additionalProperties":false,"properties":{"title":{"title":"Pull request title","description":"May hold placeholders. Default: `{script} ({job})`.","type":"string","minLength":1,"default":"{script} ({job})"},"body":{"title":"Pull request body","description":"Markdown placed before the generated part (links to the issue and the run, the arguments, the changed files). May hold placeholders.","type":"string"},"labels":{"title":"Labels","description":"Labels added to the pull request.","type":"array","uniqueItems":true,"items":{"title":"Label","description":"A label name.","type":"string","minLength":1},"default":[]},"draft":{"title":"Draft","description":"Open the pull request as a draft. Default false.","type":"boolean","default":false}}},"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"fan-out":{"$ref":"#/definitions/fan-out"},"python":{"$ref":"#/definitions/python"},"workflow-commands":{"title":"Workflow commands","description":"Let the script's output issue workflow commands (`::error::`, `::add-mask::`, `::set-output`...). Default false: its output is shown in the log as it is, and lines it prints that look like commands are not obeyed.","type":"boolean","default":false}}};
const schema27 = {"title":"Argument","description":"One argument of a script: a field in its issue form, a `name=value` in `/run`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Type","description":"`text` (one line), `textarea` (several lines), `number`, `boolean`, `choice` (one of `options`), `csv` (a table, pasted or attached; the script gets the path of the file), `file` (pasted or attached; the script gets the path of the file).","type":"string","enum":["text","textarea","number","boolean","choice","csv","file"]},"title":{"title":"Title","description":"The label of the form field. Default: the argument's name.","type":"string","minLength":1},"description":{"title":"Description","description":"Help shown under the form field and in `/help`, in Markdown.","type":"string"},"example":{"title":"Example","description":"An example value, shown as the form field's placeholder and in `/help`.","type":["string","number","boolean"]},"required":{"title":"Required","description":"A request must give this argument. Default false. With a `default`, the default is used when none is given.","type":"boolean","default":false},"pattern":{"title":"Pattern","description":"`text` only: a JavaScript regular expression the whole value must match.","type":"string"},"options":{"title":"Options","description":"`choice` only, and required there: the values to choose from.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Option","description":"One value; numbers are taken as text.","type":["string","number"]}},"min":{"title":"Minimum","description":"`number` only: the smallest value allowed.","type":"number"},"max":{"title":"Maximum","description":"`number` only: the largest value allowed.","type":"number"},"default":{"title":"Default","description":"The value used when a request does not give one. Must be valid for the type: a number within `min`/`max`, `true`/`false`, one of `options`, text matching `pattern`.","type":["string","number","boolean"]},"columns":{"title":"Columns","description":"`csv` only: the column names. When `header` is true the first row must hold them, in this order.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Column","description":"A column name.","type":"string","minLength":1}},"header":{"title":"Header row","description":"`csv` only: the first row is a header row. Default true.","type":"boolean","default":true}}};
const schema37 = {"title":"Fan-out","description":"Run one request on many runners at once, through the workflow's matrix (`fan-out: plan`, `leg`, `gather`). `targets`: one leg per target the request names (`target: phy,ada` or `all`). `{csv: ARG, rows-per-leg: N}`: the data rows of the csv argument ARG, N per leg, the header row kept in every leg. At most 256 legs: more are grouped into 256.","oneOf":[{"title":"One leg per target","description":"One leg per target the request names (`target: phy,ada` or `all`).","type":"string","const":"targets"},{"title":"Rows of a csv argument","description":"The data rows of a `csv` argument, split into legs of `rows-per-leg` rows.","type":"object","additionalProperties":false,"required":["csv","rows-per-leg"],"properties":{"csv":{"title":"csv argument","description":"The name of one of the script's arguments of `type: csv`.","type":"string","minLength":1},"rows-per-leg":{"title":"Rows per leg","description":"How many data rows each leg runs on (at least 1). More than 256 legs' worth of rows are grouped into 256 legs.","type":"integer"}}}]};
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.notebook !== undefined){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.command === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema25.then.required,parentSchema:schema25.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema25.if,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.title,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.title.type,parentSchema:schema25.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.command !== undefined){
let data3 = data.command;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.command,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
const err8 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: schema25.properties.command.items.type},message:"must be string,number",schema:schema25.properties.command.items.type,parentSchema:schema25.properties.command.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.command.type,parentSchema:schema25.properties.command,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.notebook !== undefined){
let data5 = data.notebook;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err10 = {instancePath:instancePath+"/notebook",schemaPath:"#/properties/notebook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.notebook,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/notebook",schemaPath:"#/properties/notebook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.notebook.type,parentSchema:schema25.properties.notebook,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kernel !== undefined){
let data6 = data.kernel;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err12 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.kernel,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern8.test(data6)){
const err13 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema25.properties.kernel,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.kernel.type,parentSchema:schema25.properties.kernel,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mode !== undefined){
let data7 = data.mode;
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.mode.type,parentSchema:schema25.properties.mode,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data7 === "read") || (data7 === "write"))){
const err16 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema25.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.mode.enum,parentSchema:schema25.properties.mode,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.targets !== undefined){
let data8 = data.targets;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/targets/" + i1,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.targets.items.type,parentSchema:schema25.properties.targets.items,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i2 = data8.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data8[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema25.properties.targets,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err19 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.targets.type,parentSchema:schema25.properties.targets,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.args !== undefined){
let data10 = data.args;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
const _errs25 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err20 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid8 = _errs25 === errors;
if(!valid8){
const err22 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema25.properties.args.propertyNames,parentSchema:schema25.properties.args,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data10){
let data11 = data10[key2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.type === undefined){
const err23 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema27.required,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data11){
if(!(func2.call(schema27.properties, key3))){
const err24 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.type !== undefined){
let data12 = data11.type;
if(typeof data12 !== "string"){
const err25 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.type.type,parentSchema:schema27.properties.type,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((((((data12 === "text") || (data12 === "textarea")) || (data12 === "number")) || (data12 === "boolean")) || (data12 === "choice")) || (data12 === "csv")) || (data12 === "file"))){
const err26 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.title !== undefined){
let data13 = data11.title;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err27 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.title,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.title.type,parentSchema:schema27.properties.title,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.description !== undefined){
let data14 = data11.description;
if(typeof data14 !== "string"){
const err29 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/arg/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.description.type,parentSchema:schema27.properties.description,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.example !== undefined){
let data15 = data11.example;
if(((typeof data15 !== "string") && (!((typeof data15 == "number") && (isFinite(data15))))) && (typeof data15 !== "boolean")){
const err30 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/example",schemaPath:"#/definitions/arg/properties/example/type",keyword:"type",params:{type: schema27.properties.example.type},message:"must be string,number,boolean",schema:schema27.properties.example.type,parentSchema:schema27.properties.example,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.required !== undefined){
let data16 = data11.required;
if(typeof data16 !== "boolean"){
const err31 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/definitions/arg/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.required.type,parentSchema:schema27.properties.required,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.pattern !== undefined){
let data17 = data11.pattern;
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/definitions/arg/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.pattern.type,parentSchema:schema27.properties.pattern,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.options !== undefined){
let data18 = data11.options;
if(Array.isArray(data18)){
if(data18.length < 1){
const err33 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.options,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len2 = data18.length;
for(let i3=0; i3<len2; i3++){
let data19 = data18[i3];
if((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))){
const err34 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options/" + i3,schemaPath:"#/definitions/arg/properties/options/items/type",keyword:"type",params:{type: schema27.properties.options.items.type},message:"must be string,number",schema:schema27.properties.options.items.type,parentSchema:schema27.properties.options.items,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i4 = data18.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data18[i4];
if((typeof item1 !== "string") && (!((typeof item1 == "number") && (isFinite(item1))))){
continue;
}
if(typeof item1 == "string"){
item1 += "_";
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err35 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema27.properties.options,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err36 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.options.type,parentSchema:schema27.properties.options,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.min !== undefined){
let data20 = data11.min;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err37 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/arg/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.min.type,parentSchema:schema27.properties.min,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.max !== undefined){
let data21 = data11.max;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err38 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/arg/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.max.type,parentSchema:schema27.properties.max,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.default !== undefined){
let data22 = data11.default;
if(((typeof data22 !== "string") && (!((typeof data22 == "number") && (isFinite(data22))))) && (typeof data22 !== "boolean")){
const err39 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/definitions/arg/properties/default/type",keyword:"type",params:{type: schema27.properties.default.type},message:"must be string,number,boolean",schema:schema27.properties.default.type,parentSchema:schema27.properties.default,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.columns !== undefined){
let data23 = data11.columns;
if(Array.isArray(data23)){
if(data23.length < 1){
const err40 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.columns,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len3 = data23.length;
for(let i5=0; i5<len3; i5++){
let data24 = data23[i5];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err41 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i5,schemaPath:"#/definitions/arg/properties/columns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.columns.items,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i5,schemaPath:"#/definitions/arg/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.columns.items.type,parentSchema:schema27.properties.columns.items,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i6 = data23.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data23[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err43 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema27.properties.columns,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err44 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.columns.type,parentSchema:schema27.properties.columns,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.header !== undefined){
let data25 = data11.header;
if(typeof data25 !== "boolean"){
const err45 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/header",schemaPath:"#/definitions/arg/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.header.type,parentSchema:schema27.properties.header,data:data25};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.args.type,parentSchema:schema25.properties.args,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.outputs !== undefined){
let data26 = data.outputs;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key4 in data26){
if(!((key4 === "path") || (key4 === "expect"))){
const err48 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.outputs,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data26.path !== undefined){
let data27 = data26.path;
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err49 = {instancePath:instancePath+"/outputs/path",schemaPath:"#/properties/outputs/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.outputs.properties.path,data:data27};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/outputs/path",schemaPath:"#/properties/outputs/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.outputs.properties.path.type,parentSchema:schema25.properties.outputs.properties.path,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.expect !== undefined){
let data28 = data26.expect;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i7=0; i7<len4; i7++){
let data29 = data28[i7];
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err51 = {instancePath:instancePath+"/outputs/expect/" + i7,schemaPath:"#/properties/outputs/properties/expect/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.outputs.properties.expect.items,data:data29};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/outputs/expect/" + i7,schemaPath:"#/properties/outputs/properties/expect/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.outputs.properties.expect.items.type,parentSchema:schema25.properties.outputs.properties.expect.items,data:data29};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/outputs/expect",schemaPath:"#/properties/outputs/properties/expect/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.outputs.properties.expect.type,parentSchema:schema25.properties.outputs.properties.expect,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.outputs.type,parentSchema:schema25.properties.outputs,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data["pull-request"] !== undefined){
let data30 = data["pull-request"];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key5 in data30){
if(!((((key5 === "title") || (key5 === "body")) || (key5 === "labels")) || (key5 === "draft"))){
const err55 = {instancePath:instancePath+"/pull-request",schemaPath:"#/properties/pull-request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties["pull-request"],data:data30};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data30.title !== undefined){
let data31 = data30.title;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err56 = {instancePath:instancePath+"/pull-request/title",schemaPath:"#/properties/pull-request/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties["pull-request"].properties.title,data:data31};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/pull-request/title",schemaPath:"#/properties/pull-request/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties["pull-request"].properties.title.type,parentSchema:schema25.properties["pull-request"].properties.title,data:data31};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.body !== undefined){
let data32 = data30.body;
if(typeof data32 !== "string"){
const err58 = {instancePath:instancePath+"/pull-request/body",schemaPath:"#/properties/pull-request/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties["pull-request"].properties.body.type,parentSchema:schema25.properties["pull-request"].properties.body,data:data32};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data30.labels !== undefined){
let data33 = data30.labels;
if(Array.isArray(data33)){
const len5 = data33.length;
for(let i8=0; i8<len5; i8++){
let data34 = data33[i8];
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err59 = {instancePath:instancePath+"/pull-request/labels/" + i8,schemaPath:"#/properties/pull-request/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties["pull-request"].properties.labels.items,data:data34};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/pull-request/labels/" + i8,schemaPath:"#/properties/pull-request/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties["pull-request"].properties.labels.items.type,parentSchema:schema25.properties["pull-request"].properties.labels.items,data:data34};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let i9 = data33.length;
let j3;
if(i9 > 1){
const indices3 = {};
for(;i9--;){
let item3 = data33[i9];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err61 = {instancePath:instancePath+"/pull-request/labels",schemaPath:"#/properties/pull-request/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)",schema:true,parentSchema:schema25.properties["pull-request"].properties.labels,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
break;
}
indices3[item3] = i9;
}
}
}
else {
const err62 = {instancePath:instancePath+"/pull-request/labels",schemaPath:"#/properties/pull-request/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties["pull-request"].properties.labels.type,parentSchema:schema25.properties["pull-request"].properties.labels,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data30.draft !== undefined){
let data35 = data30.draft;
if(typeof data35 !== "boolean"){
const err63 = {instancePath:instancePath+"/pull-request/draft",schemaPath:"#/properties/pull-request/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties["pull-request"].properties.draft.type,parentSchema:schema25.properties["pull-request"].properties.draft,data:data35};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/pull-request",schemaPath:"#/properties/pull-request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties["pull-request"].type,parentSchema:schema25.properties["pull-request"],data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data["timeout-minutes"] !== undefined){
let data36 = data["timeout-minutes"];
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 7200 || isNaN(data36)){
const err65 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7200},message:"must be <= 7200",schema:7200,parentSchema:schema14,data:data36};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data36 <= 0 || isNaN(data36)){
const err66 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema14,data:data36};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data36};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.retries !== undefined){
let data37 = data.retries;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err68 = {instancePath:instancePath+"/retries",schemaPath:"#/definitions/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.type,parentSchema:schema15,data:data37};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 10 || isNaN(data37)){
const err69 = {instancePath:instancePath+"/retries",schemaPath:"#/definitions/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema15,data:data37};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data37 < 0 || isNaN(data37)){
const err70 = {instancePath:instancePath+"/retries",schemaPath:"#/definitions/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data37};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data.env !== undefined){
let data38 = data.env;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key6 in data38){
const _errs92 = errors;
if(typeof key6 === "string"){
if(!pattern3.test(key6)){
const err71 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema16.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.propertyNames.type,parentSchema:schema16.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var valid29 = _errs92 === errors;
if(!valid29){
const err73 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
for(const key7 in data38){
let data39 = data38[key7];
if(((typeof data39 !== "string") && (!((typeof data39 == "number") && (isFinite(data39))))) && (typeof data39 !== "boolean")){
const err74 = {instancePath:instancePath+"/env/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema16.additionalProperties.type},message:"must be string,number,boolean",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.permission !== undefined){
let data40 = data.permission;
if(typeof data40 !== "string"){
const err76 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data40};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!(((((data40 === "read") || (data40 === "triage")) || (data40 === "write")) || (data40 === "maintain")) || (data40 === "admin"))){
const err77 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data40};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data["allow-users"] !== undefined){
let data41 = data["allow-users"];
if(Array.isArray(data41)){
const len6 = data41.length;
for(let i10=0; i10<len6; i10++){
let data42 = data41[i10];
if(typeof data42 === "string"){
if(!pattern4.test(data42)){
const err78 = {instancePath:instancePath+"/allow-users/" + i10,schemaPath:"#/definitions/allow-users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema18.items,data:data42};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/allow-users/" + i10,schemaPath:"#/definitions/allow-users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.items.type,parentSchema:schema18.items,data:data42};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
let i11 = data41.length;
let j4;
if(i11 > 1){
const indices4 = {};
for(;i11--;){
let item4 = data41[i11];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err80 = {instancePath:instancePath+"/allow-users",schemaPath:"#/definitions/allow-users/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i11+" are identical)",schema:true,parentSchema:schema18,data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
break;
}
indices4[item4] = i11;
}
}
}
else {
const err81 = {instancePath:instancePath+"/allow-users",schemaPath:"#/definitions/allow-users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.type,parentSchema:schema18,data:data41};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data["allow-teams"] !== undefined){
let data43 = data["allow-teams"];
if(Array.isArray(data43)){
const len7 = data43.length;
for(let i12=0; i12<len7; i12++){
let data44 = data43[i12];
if(typeof data44 === "string"){
if(!pattern5.test(data44)){
const err82 = {instancePath:instancePath+"/allow-teams/" + i12,schemaPath:"#/definitions/allow-teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema19.items,data:data44};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/allow-teams/" + i12,schemaPath:"#/definitions/allow-teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.type,parentSchema:schema19.items,data:data44};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let i13 = data43.length;
let j5;
if(i13 > 1){
const indices5 = {};
for(;i13--;){
let item5 = data43[i13];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err84 = {instancePath:instancePath+"/allow-teams",schemaPath:"#/definitions/allow-teams/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)",schema:true,parentSchema:schema19,data:data43};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
indices5[item5] = i13;
}
}
}
else {
const err85 = {instancePath:instancePath+"/allow-teams",schemaPath:"#/definitions/allow-teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.type,parentSchema:schema19,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data["working-directory"] !== undefined){
let data45 = data["working-directory"];
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err86 = {instancePath:instancePath+"/working-directory",schemaPath:"#/definitions/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data45};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/working-directory",schemaPath:"#/definitions/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data45};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data["pass-args"] !== undefined){
let data46 = data["pass-args"];
if(typeof data46 !== "string"){
const err88 = {instancePath:instancePath+"/pass-args",schemaPath:"#/definitions/pass-args/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data46};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!((data46 === "flags") || (data46 === "none"))){
const err89 = {instancePath:instancePath+"/pass-args",schemaPath:"#/definitions/pass-args/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data["commit-author"] !== undefined){
let data47 = data["commit-author"];
if(typeof data47 === "string"){
if(!pattern6.test(data47)){
const err90 = {instancePath:instancePath+"/commit-author",schemaPath:"#/definitions/commit-author/pattern",keyword:"pattern",params:{pattern: "^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"},message:"must match pattern \""+"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"+"\"",schema:"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$",parentSchema:schema22,data:data47};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/commit-author",schemaPath:"#/definitions/commit-author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data["fan-out"] !== undefined){
let data48 = data["fan-out"];
const _errs121 = errors;
let valid44 = false;
let passing0 = null;
const _errs122 = errors;
if(typeof data48 !== "string"){
const err92 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[0].type,parentSchema:schema37.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if("targets" !== data48){
const err93 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/const",keyword:"const",params:{allowedValue: "targets"},message:"must be equal to constant",schema:"targets",parentSchema:schema37.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid1 = _errs122 === errors;
if(_valid1){
valid44 = true;
passing0 = 0;
}
const _errs124 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.csv === undefined){
const err94 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "csv"},message:"must have required property '"+"csv"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data48["rows-per-leg"] === undefined){
const err95 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "rows-per-leg"},message:"must have required property '"+"rows-per-leg"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key8 in data48){
if(!((key8 === "csv") || (key8 === "rows-per-leg"))){
const err96 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data48.csv !== undefined){
let data49 = data48.csv;
if(typeof data49 === "string"){
if(func3(data49) < 1){
const err97 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.oneOf[1].properties.csv,data:data49};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[1].properties.csv.type,parentSchema:schema37.oneOf[1].properties.csv,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data48["rows-per-leg"] !== undefined){
let data50 = data48["rows-per-leg"];
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err99 = {instancePath:instancePath+"/fan-out/rows-per-leg",schemaPath:"#/definitions/fan-out/oneOf/1/properties/rows-per-leg/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.oneOf[1].properties["rows-per-leg"].type,parentSchema:schema37.oneOf[1].properties["rows-per-leg"],data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.oneOf[1].type,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid1 = _errs124 === errors;
if(_valid1 && valid44){
valid44 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid44 = true;
passing0 = 1;
}
}
if(!valid44){
const err101 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.oneOf,parentSchema:schema37,data:data48};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs121;
if(vErrors !== null){
if(_errs121){
vErrors.length = _errs121;
}
else {
vErrors = null;
}
}
}
}
if(data.python !== undefined){
let data51 = data.python;
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err102 = {instancePath:instancePath+"/python",schemaPath:"#/definitions/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/python",schemaPath:"#/definitions/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data["workflow-commands"] !== undefined){
let data52 = data["workflow-commands"];
if(typeof data52 !== "boolean"){
const err104 = {instancePath:instancePath+"/workflow-commands",schemaPath:"#/properties/workflow-commands/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties["workflow-commands"].type,parentSchema:schema25.properties["workflow-commands"],data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema40 = {"title":"Flow","description":"Scripts run as one request: one status comment, one artifact (a folder per step) and one record.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the flow's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the flow does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. The flow run checks its target out once. Default: all repositories.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The flow's own arguments, typed like a script's; steps use them as `{args.NAME}`.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"permission":{"$ref":"#/definitions/permission"},"fan-out":{"$ref":"#/definitions/fan-out"},"max-parallel":{"title":"Steps at once","description":"How many steps may run at the same time. Default: the number of CPUs.","type":"integer","minimum":1},"steps":{"title":"Steps","description":"The steps, keyed by a name other steps use in `needs` and `{steps.NAME.output}`. At least one.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow-step"}}}};
const schema46 = {"title":"Step","description":"One script of a flow.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"title":"Script","description":"The name of a script of the manifest.","type":"string"},"needs":{"title":"Needs","description":"Steps that must succeed (or be taken from the cache) before this one starts.","type":"array","uniqueItems":true,"items":{"title":"Step","description":"The name of another step of this flow.","type":"string"}},"args":{"title":"Arguments","description":"Values of the script's arguments. They may hold `{args.NAME}` (the flow's arguments), `{target}`, `{job}` and `{steps.NAME.output}` (the absolute output directory of a step named in `needs`); values are checked against the script's argument types.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Value","description":"The argument's value; text may hold placeholders.","type":["string","number","boolean"]}},"cache":{"title":"Cache","description":"Take the step's outputs from the cache when nothing it depends on changed: the script's manifest entry, the files its command names, `cache-files`, its arguments, the target's commit and the outputs of the steps it needs. Not for write scripts. Default false.","type":"boolean","default":false},"cache-files":{"title":"Cache files","description":"Globs of further workspace files (helper modules, data) whose content enters the cache key.","type":"array","items":{"title":"Glob","description":"A glob relative to the working directory, such as `scripts/lib/**/*.py`.","type":"string","minLength":1}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.script === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "script"},message:"must have required property '"+"script"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "script") || (key0 === "needs")) || (key0 === "args")) || (key0 === "cache")) || (key0 === "cache-files"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.script !== undefined){
let data0 = data.script;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/script",schemaPath:"#/properties/script/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.script.type,parentSchema:schema46.properties.script,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.needs !== undefined){
let data1 = data.needs;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.needs.items.type,parentSchema:schema46.properties.needs.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema46.properties.needs,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.needs.type,parentSchema:schema46.properties.needs,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.args !== undefined){
let data3 = data.args;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err6 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs10 === errors;
if(!valid4){
const err8 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema46.properties.args.propertyNames,parentSchema:schema46.properties.args,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
const err9 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/args/additionalProperties/type",keyword:"type",params:{type: schema46.properties.args.additionalProperties.type},message:"must be string,number,boolean",schema:schema46.properties.args.additionalProperties.type,parentSchema:schema46.properties.args.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.args.type,parentSchema:schema46.properties.args,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.cache !== undefined){
let data5 = data.cache;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/cache",schemaPath:"#/properties/cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema46.properties.cache.type,parentSchema:schema46.properties.cache,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["cache-files"] !== undefined){
let data6 = data["cache-files"];
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err12 = {instancePath:instancePath+"/cache-files/" + i2,schemaPath:"#/properties/cache-files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties["cache-files"].items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/cache-files/" + i2,schemaPath:"#/properties/cache-files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties["cache-files"].items.type,parentSchema:schema46.properties["cache-files"].items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/cache-files",schemaPath:"#/properties/cache-files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties["cache-files"].type,parentSchema:schema46.properties["cache-files"],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.steps === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "title") || (key0 === "description")) || (key0 === "targets")) || (key0 === "args")) || (key0 === "permission")) || (key0 === "fan-out")) || (key0 === "max-parallel")) || (key0 === "steps"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.title.type,parentSchema:schema40.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.description.type,parentSchema:schema40.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.targets !== undefined){
let data2 = data.targets;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/targets/" + i0,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.targets.items.type,parentSchema:schema40.properties.targets.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40.properties.targets,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err7 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.targets.type,parentSchema:schema40.properties.targets,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.args !== undefined){
let data4 = data.args;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err8 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs12 === errors;
if(!valid4){
const err10 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema40.properties.args.propertyNames,parentSchema:schema40.properties.args,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err11 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema27.required,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data5){
if(!(func2.call(schema27.properties, key3))){
const err12 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.type !== undefined){
let data6 = data5.type;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.type.type,parentSchema:schema27.properties.type,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((((data6 === "text") || (data6 === "textarea")) || (data6 === "number")) || (data6 === "boolean")) || (data6 === "choice")) || (data6 === "csv")) || (data6 === "file"))){
const err14 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.title !== undefined){
let data7 = data5.title;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err15 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.title,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.title.type,parentSchema:schema27.properties.title,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/arg/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.description.type,parentSchema:schema27.properties.description,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.example !== undefined){
let data9 = data5.example;
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err18 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/example",schemaPath:"#/definitions/arg/properties/example/type",keyword:"type",params:{type: schema27.properties.example.type},message:"must be string,number,boolean",schema:schema27.properties.example.type,parentSchema:schema27.properties.example,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.required !== undefined){
let data10 = data5.required;
if(typeof data10 !== "boolean"){
const err19 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/definitions/arg/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.required.type,parentSchema:schema27.properties.required,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.pattern !== undefined){
let data11 = data5.pattern;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/definitions/arg/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.pattern.type,parentSchema:schema27.properties.pattern,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.options !== undefined){
let data12 = data5.options;
if(Array.isArray(data12)){
if(data12.length < 1){
const err21 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.options,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
let data13 = data12[i2];
if((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))){
const err22 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options/" + i2,schemaPath:"#/definitions/arg/properties/options/items/type",keyword:"type",params:{type: schema27.properties.options.items.type},message:"must be string,number",schema:schema27.properties.options.items.type,parentSchema:schema27.properties.options.items,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i3 = data12.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data12[i3];
if((typeof item1 !== "string") && (!((typeof item1 == "number") && (isFinite(item1))))){
continue;
}
if(typeof item1 == "string"){
item1 += "_";
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err23 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema27.properties.options,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err24 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.options.type,parentSchema:schema27.properties.options,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.min !== undefined){
let data14 = data5.min;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err25 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/arg/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.min.type,parentSchema:schema27.properties.min,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.max !== undefined){
let data15 = data5.max;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/arg/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.max.type,parentSchema:schema27.properties.max,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.default !== undefined){
let data16 = data5.default;
if(((typeof data16 !== "string") && (!((typeof data16 == "number") && (isFinite(data16))))) && (typeof data16 !== "boolean")){
const err27 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/definitions/arg/properties/default/type",keyword:"type",params:{type: schema27.properties.default.type},message:"must be string,number,boolean",schema:schema27.properties.default.type,parentSchema:schema27.properties.default,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.columns !== undefined){
let data17 = data5.columns;
if(Array.isArray(data17)){
if(data17.length < 1){
const err28 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data17.length;
for(let i4=0; i4<len2; i4++){
let data18 = data17[i4];
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err29 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i4,schemaPath:"#/definitions/arg/properties/columns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.columns.items,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i4,schemaPath:"#/definitions/arg/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.columns.items.type,parentSchema:schema27.properties.columns.items,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i5 = data17.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data17[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err31 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema27.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err32 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.columns.type,parentSchema:schema27.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.header !== undefined){
let data19 = data5.header;
if(typeof data19 !== "boolean"){
const err33 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/header",schemaPath:"#/definitions/arg/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.header.type,parentSchema:schema27.properties.header,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.args.type,parentSchema:schema40.properties.args,data:data4};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.permission !== undefined){
let data20 = data.permission;
if(typeof data20 !== "string"){
const err36 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(((((data20 === "read") || (data20 === "triage")) || (data20 === "write")) || (data20 === "maintain")) || (data20 === "admin"))){
const err37 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data["fan-out"] !== undefined){
let data21 = data["fan-out"];
const _errs53 = errors;
let valid17 = false;
let passing0 = null;
const _errs54 = errors;
if(typeof data21 !== "string"){
const err38 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[0].type,parentSchema:schema37.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("targets" !== data21){
const err39 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/const",keyword:"const",params:{allowedValue: "targets"},message:"must be equal to constant",schema:"targets",parentSchema:schema37.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs54 === errors;
if(_valid0){
valid17 = true;
passing0 = 0;
}
const _errs56 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.csv === undefined){
const err40 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "csv"},message:"must have required property '"+"csv"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data21["rows-per-leg"] === undefined){
const err41 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "rows-per-leg"},message:"must have required property '"+"rows-per-leg"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "csv") || (key4 === "rows-per-leg"))){
const err42 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.csv !== undefined){
let data22 = data21.csv;
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err43 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.oneOf[1].properties.csv,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[1].properties.csv.type,parentSchema:schema37.oneOf[1].properties.csv,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data21["rows-per-leg"] !== undefined){
let data23 = data21["rows-per-leg"];
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err45 = {instancePath:instancePath+"/fan-out/rows-per-leg",schemaPath:"#/definitions/fan-out/oneOf/1/properties/rows-per-leg/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.oneOf[1].properties["rows-per-leg"].type,parentSchema:schema37.oneOf[1].properties["rows-per-leg"],data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.oneOf[1].type,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs56 === errors;
if(_valid0 && valid17){
valid17 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid17 = true;
passing0 = 1;
}
}
if(!valid17){
const err47 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.oneOf,parentSchema:schema37,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data["max-parallel"] !== undefined){
let data24 = data["max-parallel"];
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err48 = {instancePath:instancePath+"/max-parallel",schemaPath:"#/properties/max-parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["max-parallel"].type,parentSchema:schema40.properties["max-parallel"],data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err49 = {instancePath:instancePath+"/max-parallel",schemaPath:"#/properties/max-parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema40.properties["max-parallel"],data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.steps !== undefined){
let data25 = data.steps;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length < 1){
const err50 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema40.properties.steps,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key5 in data25){
const _errs67 = errors;
if(typeof key5 === "string"){
if(!pattern0.test(key5)){
const err51 = {instancePath:instancePath+"/steps",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/steps",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid19 = _errs67 === errors;
if(!valid19){
const err53 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema40.properties.steps.propertyNames,parentSchema:schema40.properties.steps,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key6 in data25){
if(!(validate14(data25[key6], {instancePath:instancePath+"/steps/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data25,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.steps.type,parentSchema:schema40.properties.steps,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema48 = {"title":"Trigger","description":"Runs `run` when the workflow's event is `on` and every filter given here matches.","type":"object","additionalProperties":false,"required":["on","run"],"properties":{"on":{"title":"Event","description":"The event name, as in the workflow's `on:` (e.g. `push`, `schedule`, `repository_dispatch`, `workflow_run`).","type":"string","pattern":"^[a-z][a-z_]*$","patternErrorMessage":"an event name such as `push`, `schedule`, `repository_dispatch` or `workflow_run`"},"branches":{"title":"Branches (push)","description":"Globs the pushed branch must match (e.g. `main`, `release/**`); a glob starting with `!` excludes, the last glob that matches decides. Without it: any branch or tag.","type":"array","minItems":1,"items":{"title":"Branch glob","description":"A glob of branch names, e.g. `main` or `release/**`; `!` in front excludes.","type":"string","minLength":1}},"paths":{"title":"Paths (push)","description":"Globs matched against every file the push changed (computed by the action, no limit on their number); the trigger matches when one of them matches. A glob starting with `!` excludes.","type":"array","minItems":1,"items":{"title":"Path glob","description":"A glob of file paths relative to the repository root, e.g. `content/**/*.json`; `!` in front excludes.","type":"string","minLength":1}},"cron":{"title":"Cron (schedule)","description":"Must equal one `cron` of the workflow's `schedule`: `github.event.schedule` says which one fired. Without it: every schedule.","type":"string","minLength":1},"types":{"title":"Types","description":"The event's activity types (`github.event.action`; for repository_dispatch, the `event_type`), any of.","type":"array","minItems":1,"items":{"title":"Type","description":"An activity type (`github.event.action`), e.g. `run-complete`.","type":"string","minLength":1}},"when":{"title":"Conditions on the event","description":"Dotted paths into the event payload (e.g. `client_payload.plan_name`) and the value each must have; a list means any of. All must hold.","type":"object","minProperties":1,"propertyNames":{"title":"Payload path","description":"A dotted path into the event payload, e.g. `client_payload.plan_name`.","type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$","patternErrorMessage":"a dotted path into the payload, such as `client_payload.plan_name`"},"additionalProperties":{"title":"Allowed value","description":"The value the payload must have there, or a list of values (any of).","anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"workflows":{"title":"Workflows (workflow_run)","description":"Names of the workflows whose runs start this trigger (`github.event.workflow_run.name`), any of.","type":"array","minItems":1,"items":{"title":"Workflow name","description":"The `name:` of a workflow, e.g. `Build content`.","type":"string","minLength":1}},"conclusions":{"title":"Conclusions (workflow_run)","description":"Conclusions of the finished run, any of.","type":"array","minItems":1,"items":{"title":"Conclusion","description":"How the run finished: `success`, `failure`, `cancelled`, ...","enum":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale","startup_failure"]}},"run":{"title":"Script to run","description":"The name of a script (or a flow) of this manifest.","$ref":"#/definitions/name"},"target":{"title":"Content repository","description":"A key of `repositories` (default: the script's default target).","$ref":"#/definitions/name"},"args":{"title":"Arguments","description":"Argument values by name. Text may hold `{event.PATH}` (a dotted path into the event payload) and the usual placeholders; the values are checked against the script's arguments like any request.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Argument value","description":"Text (may hold `{event.PATH}` and the usual placeholders), a number or a boolean.","type":["string","number","boolean"]}},"report-to":{"title":"Report to issue","description":"The issue number that gets the status comment of the run.","type":"integer","minimum":1},"open-issue-on-failure":{"title":"Open an issue on failure","description":"A failed run opens an issue titled after the trigger (or comments on it while it is open); a later success says so on it. Default false.","type":"boolean","default":false}}};
const pattern19 = new RegExp("^[a-z][a-z_]*$", "u");
const pattern20 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.on === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "on"},message:"must have required property '"+"on"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema48.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.on !== undefined){
let data0 = data.on;
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
const err3 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_]*$"},message:"must match pattern \""+"^[a-z][a-z_]*$"+"\"",schema:"^[a-z][a-z_]*$",parentSchema:schema48.properties.on,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.on.type,parentSchema:schema48.properties.on,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.branches !== undefined){
let data1 = data.branches;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.branches,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.branches.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.branches.items.type,parentSchema:schema48.properties.branches.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.branches.type,parentSchema:schema48.properties.branches,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.paths !== undefined){
let data3 = data.paths;
if(Array.isArray(data3)){
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.paths,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err10 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.paths.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.paths.items.type,parentSchema:schema48.properties.paths.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.paths.type,parentSchema:schema48.properties.paths,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cron !== undefined){
let data5 = data.cron;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err13 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.cron,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.cron.type,parentSchema:schema48.properties.cron,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.types !== undefined){
let data6 = data.types;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.types,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err16 = {instancePath:instancePath+"/types/" + i2,schemaPath:"#/properties/types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.types.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/types/" + i2,schemaPath:"#/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.types.items.type,parentSchema:schema48.properties.types.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.types.type,parentSchema:schema48.properties.types,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.when !== undefined){
let data8 = data.when;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err19 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema48.properties.when,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data8){
const _errs20 = errors;
if(typeof key1 === "string"){
if(!pattern20.test(key1)){
const err20 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema48.properties.when.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.when.propertyNames.type,parentSchema:schema48.properties.when.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid7 = _errs20 === errors;
if(!valid7){
const err22 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema48.properties.when.propertyNames,parentSchema:schema48.properties.when,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data8){
let data9 = data8[key2];
const _errs24 = errors;
let valid9 = false;
const _errs25 = errors;
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err23 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf/0/type",keyword:"type",params:{type: schema48.properties.when.additionalProperties.anyOf[0].type},message:"must be string,number,boolean",schema:schema48.properties.when.additionalProperties.anyOf[0].type,parentSchema:schema48.properties.when.additionalProperties.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid9 = valid9 || _valid0;
if(!valid9){
const _errs27 = errors;
if(Array.isArray(data9)){
if(data9.length < 1){
const err24 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.when.additionalProperties.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
let data10 = data9[i3];
if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){
const err25 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/when/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema48.properties.when.additionalProperties.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema48.properties.when.additionalProperties.anyOf[1].items.type,parentSchema:schema48.properties.when.additionalProperties.anyOf[1].items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.when.additionalProperties.anyOf[1].type,parentSchema:schema48.properties.when.additionalProperties.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid9 = valid9 || _valid0;
}
if(!valid9){
const err27 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema48.properties.when.additionalProperties.anyOf,parentSchema:schema48.properties.when.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.when.type,parentSchema:schema48.properties.when,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.workflows !== undefined){
let data11 = data.workflows;
if(Array.isArray(data11)){
if(data11.length < 1){
const err29 = {instancePath:instancePath+"/workflows",schemaPath:"#/properties/workflows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.workflows,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
let data12 = data11[i4];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err30 = {instancePath:instancePath+"/workflows/" + i4,schemaPath:"#/properties/workflows/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.workflows.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/workflows/" + i4,schemaPath:"#/properties/workflows/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.workflows.items.type,parentSchema:schema48.properties.workflows.items,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/workflows",schemaPath:"#/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.workflows.type,parentSchema:schema48.properties.workflows,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.conclusions !== undefined){
let data13 = data.conclusions;
if(Array.isArray(data13)){
if(data13.length < 1){
const err33 = {instancePath:instancePath+"/conclusions",schemaPath:"#/properties/conclusions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.conclusions,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len5 = data13.length;
for(let i5=0; i5<len5; i5++){
let data14 = data13[i5];
if(!(((((((((data14 === "success") || (data14 === "failure")) || (data14 === "cancelled")) || (data14 === "skipped")) || (data14 === "timed_out")) || (data14 === "action_required")) || (data14 === "neutral")) || (data14 === "stale")) || (data14 === "startup_failure"))){
const err34 = {instancePath:instancePath+"/conclusions/" + i5,schemaPath:"#/properties/conclusions/items/enum",keyword:"enum",params:{allowedValues: schema48.properties.conclusions.items.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.conclusions.items.enum,parentSchema:schema48.properties.conclusions.items,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/conclusions",schemaPath:"#/properties/conclusions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.conclusions.type,parentSchema:schema48.properties.conclusions,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.run !== undefined){
let data15 = data.run;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err36 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.target !== undefined){
let data16 = data.target;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err38 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.args !== undefined){
let data17 = data.args;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key3 in data17){
const _errs46 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err40 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid18 = _errs46 === errors;
if(!valid18){
const err42 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema48.properties.args.propertyNames,parentSchema:schema48.properties.args,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key4 in data17){
let data18 = data17[key4];
if(((typeof data18 !== "string") && (!((typeof data18 == "number") && (isFinite(data18))))) && (typeof data18 !== "boolean")){
const err43 = {instancePath:instancePath+"/args/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/args/additionalProperties/type",keyword:"type",params:{type: schema48.properties.args.additionalProperties.type},message:"must be string,number,boolean",schema:schema48.properties.args.additionalProperties.type,parentSchema:schema48.properties.args.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.args.type,parentSchema:schema48.properties.args,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data["report-to"] !== undefined){
let data19 = data["report-to"];
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err45 = {instancePath:instancePath+"/report-to",schemaPath:"#/properties/report-to/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties["report-to"].type,parentSchema:schema48.properties["report-to"],data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err46 = {instancePath:instancePath+"/report-to",schemaPath:"#/properties/report-to/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties["report-to"],data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data["open-issue-on-failure"] !== undefined){
let data20 = data["open-issue-on-failure"];
if(typeof data20 !== "boolean"){
const err47 = {instancePath:instancePath+"/open-issue-on-failure",schemaPath:"#/properties/open-issue-on-failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["open-issue-on-failure"].type,parentSchema:schema48.properties["open-issue-on-failure"],data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:script-dispatcher:manifest:1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scripts === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scripts"},message:"must have required property '"+"scripts"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.repositories !== undefined){
let data1 = data.repositories;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err4 = {instancePath:instancePath+"/repositories",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/repositories",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
const err6 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.repositories.propertyNames,parentSchema:schema11.properties.repositories,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.repository === undefined){
const err7 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key3 in data2){
if(!(((((key3 === "repository") || (key3 === "ref")) || (key3 === "path")) || (key3 === "title")) || (key3 === "clone-url"))){
const err8 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.repository !== undefined){
let data3 = data2.repository;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err9 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/repository",schemaPath:"#/definitions/repository/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$",parentSchema:schema13.properties.repository,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/repository",schemaPath:"#/definitions/repository/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.repository.type,parentSchema:schema13.properties.repository,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.ref !== undefined){
let data4 = data2.ref;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err11 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ref",schemaPath:"#/definitions/repository/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.ref,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ref",schemaPath:"#/definitions/repository/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.ref.type,parentSchema:schema13.properties.ref,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.path !== undefined){
let data5 = data2.path;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err13 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/definitions/repository/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.path,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/definitions/repository/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.path.type,parentSchema:schema13.properties.path,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.title !== undefined){
let data6 = data2.title;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err15 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/repository/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.title,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/repository/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.title.type,parentSchema:schema13.properties.title,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2["clone-url"] !== undefined){
let data7 = data2["clone-url"];
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
const err17 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/clone-url",schemaPath:"#/definitions/repository/properties/clone-url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*://"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*://"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*://",parentSchema:schema13.properties["clone-url"],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/clone-url",schemaPath:"#/definitions/repository/properties/clone-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties["clone-url"].type,parentSchema:schema13.properties["clone-url"],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.repositories.type,parentSchema:schema11.properties.repositories,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.defaults !== undefined){
let data8 = data.defaults;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(!(func2.call(schema11.properties.defaults.properties, key4))){
const err21 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8["timeout-minutes"] !== undefined){
let data9 = data8["timeout-minutes"];
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 7200 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7200},message:"must be <= 7200",schema:7200,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.retries !== undefined){
let data10 = data8.retries;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/defaults/retries",schemaPath:"#/definitions/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.type,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 10 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/defaults/retries",schemaPath:"#/definitions/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/defaults/retries",schemaPath:"#/definitions/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.env !== undefined){
let data11 = data8.env;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key5 in data11){
const _errs35 = errors;
if(typeof key5 === "string"){
if(!pattern3.test(key5)){
const err28 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema16.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.propertyNames.type,parentSchema:schema16.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid10 = _errs35 === errors;
if(!valid10){
const err30 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key6 in data11){
let data12 = data11[key6];
if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){
const err31 = {instancePath:instancePath+"/defaults/env/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema16.additionalProperties.type},message:"must be string,number,boolean",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.permission !== undefined){
let data13 = data8.permission;
if(typeof data13 !== "string"){
const err33 = {instancePath:instancePath+"/defaults/permission",schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(((((data13 === "read") || (data13 === "triage")) || (data13 === "write")) || (data13 === "maintain")) || (data13 === "admin"))){
const err34 = {instancePath:instancePath+"/defaults/permission",schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8["allow-users"] !== undefined){
let data14 = data8["allow-users"];
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err35 = {instancePath:instancePath+"/defaults/allow-users/" + i0,schemaPath:"#/definitions/allow-users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema18.items,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/defaults/allow-users/" + i0,schemaPath:"#/definitions/allow-users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.items.type,parentSchema:schema18.items,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
let i1 = data14.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data14[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err37 = {instancePath:instancePath+"/defaults/allow-users",schemaPath:"#/definitions/allow-users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err38 = {instancePath:instancePath+"/defaults/allow-users",schemaPath:"#/definitions/allow-users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.type,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8["allow-teams"] !== undefined){
let data16 = data8["allow-teams"];
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err39 = {instancePath:instancePath+"/defaults/allow-teams/" + i2,schemaPath:"#/definitions/allow-teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema19.items,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/defaults/allow-teams/" + i2,schemaPath:"#/definitions/allow-teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.type,parentSchema:schema19.items,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i3 = data16.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data16[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err41 = {instancePath:instancePath+"/defaults/allow-teams",schemaPath:"#/definitions/allow-teams/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err42 = {instancePath:instancePath+"/defaults/allow-teams",schemaPath:"#/definitions/allow-teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.type,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8["working-directory"] !== undefined){
let data18 = data8["working-directory"];
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err43 = {instancePath:instancePath+"/defaults/working-directory",schemaPath:"#/definitions/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/defaults/working-directory",schemaPath:"#/definitions/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8["pass-args"] !== undefined){
let data19 = data8["pass-args"];
if(typeof data19 !== "string"){
const err45 = {instancePath:instancePath+"/defaults/pass-args",schemaPath:"#/definitions/pass-args/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((data19 === "flags") || (data19 === "none"))){
const err46 = {instancePath:instancePath+"/defaults/pass-args",schemaPath:"#/definitions/pass-args/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data8["commit-author"] !== undefined){
let data20 = data8["commit-author"];
if(typeof data20 === "string"){
if(!pattern6.test(data20)){
const err47 = {instancePath:instancePath+"/defaults/commit-author",schemaPath:"#/definitions/commit-author/pattern",keyword:"pattern",params:{pattern: "^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"},message:"must match pattern \""+"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"+"\"",schema:"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$",parentSchema:schema22,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/defaults/commit-author",schemaPath:"#/definitions/commit-author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data8.python !== undefined){
let data21 = data8.python;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err49 = {instancePath:instancePath+"/defaults/python",schemaPath:"#/definitions/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/defaults/python",schemaPath:"#/definitions/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data8};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.scripts !== undefined){
let data22 = data.scripts;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
const err52 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.scripts,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key7 in data22){
const _errs67 = errors;
if(typeof key7 === "string"){
if(!pattern0.test(key7)){
const err53 = {instancePath:instancePath+"/scripts",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/scripts",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid25 = _errs67 === errors;
if(!valid25){
const err55 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema11.properties.scripts.propertyNames,parentSchema:schema11.properties.scripts,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key8 in data22){
if(!(validate11(data22[key8], {instancePath:instancePath+"/scripts/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data22,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scripts.type,parentSchema:schema11.properties.scripts,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data["allowed-download-hosts"] !== undefined){
let data24 = data["allowed-download-hosts"];
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i4=0; i4<len2; i4++){
let data25 = data24[i4];
if(typeof data25 === "string"){
if(!pattern14.test(data25)){
const err57 = {instancePath:instancePath+"/allowed-download-hosts/" + i4,schemaPath:"#/properties/allowed-download-hosts/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$",parentSchema:schema11.properties["allowed-download-hosts"].items,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/allowed-download-hosts/" + i4,schemaPath:"#/properties/allowed-download-hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["allowed-download-hosts"].items.type,parentSchema:schema11.properties["allowed-download-hosts"].items,data:data25};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
let i5 = data24.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data24[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err59 = {instancePath:instancePath+"/allowed-download-hosts",schemaPath:"#/properties/allowed-download-hosts/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema11.properties["allowed-download-hosts"],data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err60 = {instancePath:instancePath+"/allowed-download-hosts",schemaPath:"#/properties/allowed-download-hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["allowed-download-hosts"].type,parentSchema:schema11.properties["allowed-download-hosts"],data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data["max-download-mib"] !== undefined){
let data26 = data["max-download-mib"];
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 <= 0 || isNaN(data26)){
const err61 = {instancePath:instancePath+"/max-download-mib",schemaPath:"#/properties/max-download-mib/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties["max-download-mib"],data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/max-download-mib",schemaPath:"#/properties/max-download-mib/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["max-download-mib"].type,parentSchema:schema11.properties["max-download-mib"],data:data26};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data["status-labels"] !== undefined){
let data27 = data["status-labels"];
if(typeof data27 !== "boolean"){
const err63 = {instancePath:instancePath+"/status-labels",schemaPath:"#/properties/status-labels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["status-labels"].type,parentSchema:schema11.properties["status-labels"],data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.flows !== undefined){
let data28 = data.flows;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key9 in data28){
const _errs82 = errors;
if(typeof key9 === "string"){
if(!pattern0.test(key9)){
const err64 = {instancePath:instancePath+"/flows",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/flows",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var valid31 = _errs82 === errors;
if(!valid31){
const err66 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema11.properties.flows.propertyNames,parentSchema:schema11.properties.flows,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
for(const key10 in data28){
if(!(validate13(data28[key10], {instancePath:instancePath+"/flows/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data28,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err67 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.flows.type,parentSchema:schema11.properties.flows,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.triggers !== undefined){
let data30 = data.triggers;
if(Array.isArray(data30)){
const len3 = data30.length;
for(let i6=0; i6<len3; i6++){
if(!(validate17(data30[i6], {instancePath:instancePath+"/triggers/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.triggers.type,parentSchema:schema11.properties.triggers,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data["progress-interval"] !== undefined){
let data32 = data["progress-interval"];
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 5 || isNaN(data32)){
const err69 = {instancePath:instancePath+"/progress-interval",schemaPath:"#/properties/progress-interval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema11.properties["progress-interval"],data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/progress-interval",schemaPath:"#/properties/progress-interval/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["progress-interval"].type,parentSchema:schema11.properties["progress-interval"],data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

