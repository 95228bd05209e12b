/**
 * The files `script-dispatcher init` writes, kept in the bundle (the CLI package ships no other files). The
 * workflows are those of workflows-examples/ (a test checks that they say the same), with the list of scripts
 * of the starter manifest.
 */

/** One file `init` writes, at `path` relative to the repository root. */
export interface InitFile {
  path: string;
  content: string;
}

/** The commented starter manifest: one script that needs no content repository. */
export const STARTER_MANIFEST = `# yaml-language-server: $schema=https://raw.githubusercontent.com/script-dispatcher/script-dispatcher/v1/schema/script-dispatcher.schema.json
#
# The scripts Script Dispatcher may run in this repository, and the content repositories they work on.
# Check it with \`script-dispatcher validate\`; after each change, run \`script-dispatcher generate\` to write the
# issue forms (.github/ISSUE_TEMPLATE/) and the list of scripts of .github/workflows/run-script.yml.
version: 1

# Content repositories, keyed by a short name (the "target") that scripts list under \`targets\`.
# Scripts that need no content repository (like \`hello\` below) use \`targets: []\`.
repositories: {}
#   content:
#     repository: your-org/your-content     # owner/name
#     ref: main                              # branch checked out, base of pull requests (default: the default branch)
#     path: data/content                     # where it is checked out (default: data/<key>)
#     title: Our content                     # shown in forms and comments (default: the key)

# Settings every script gets unless it sets them itself.
defaults:
  timeout-minutes: 10 # fractions allowed; the run is stopped after that long
  permission: triage # least repository permission of whoever asks: read, triage, write, maintain, admin

scripts:
  hello:
    title: Say hello
    description: A starter script. It greets someone and writes the greeting to \`hello.txt\` in its outputs.
    # argv, run without a shell. Placeholders such as {job}, {target_path}, {output} and {args.NAME} fill
    # part of one element. This one reads its arguments from DISPATCH_ARGS (a JSON object) instead.
    command:
      - node
      - -e
      - >-
        const fs = require('node:fs'); const path = require('node:path');
        const args = JSON.parse(process.env.DISPATCH_ARGS); const text = 'Hello, ' + args.name + '!';
        console.log(text); fs.writeFileSync(path.join(process.env.DISPATCH_OUTPUT, 'hello.txt'), text + '\\n');
    pass-args: none # \`flags\` (the default) appends --name=value for each argument given
    mode: read # read: outputs only | write: changes to the content become a pull request
    targets: []
    args:
      name: # types: text, textarea, number, boolean, choice, csv, file
        type: text
        title: Name
        description: Who to greet.
        default: world
        pattern: '^[A-Za-z ,.-]{1,40}$'
    outputs:
      expect: [hello.txt] # the run fails when a successful script did not write these
`;

/** workflows-examples/dispatch-on-issue.yml: issue forms and comment commands. */
export const ISSUE_WORKFLOW = `# Run scripts from issues: open an issue from a "Run a script" form, or comment /run, /cancel or /help.
# Written by \`script-dispatcher init\` from workflows-examples/dispatch-on-issue.yml.
name: Script requests

on:
  issues:
    types: [opened, edited, reopened]
  issue_comment:
    types: [created]

# The least the action needs: read the scripts; comment, react and label on issues; cancel runs (/cancel).
permissions:
  contents: read
  issues: write
  actions: write

# One run at a time per issue. /cancel and /help get a group of their own, so they never wait behind the
# run they are about.
concurrency:
  group: >-
    script-dispatcher-\${{ github.event.issue.number }}-\${{
    (startsWith(github.event.comment.body, '/cancel') || startsWith(github.event.comment.body, '/help'))
    && github.run_id || 'run' }}
  cancel-in-progress: false

jobs:
  dispatch:
    # Skip what cannot be a request without starting the action: pull request comments, bots, plain comments.
    if: >-
      github.event.issue.pull_request == null && (github.event_name == 'issues' ||
      (github.event.comment.user.type != 'Bot' && startsWith(github.event.comment.body, '/')))
    runs-on: ubuntu-latest
    timeout-minutes: 60
    steps:
      # The scripts and the manifest come from the workflow's own ref (the default branch), never from the issue.
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.sha }}
          persist-credentials: false
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      # Notebook scripts (\`notebook:\` in the manifest) need nbclient and a Jupyter kernel; nbconvert adds
      # the HTML copy. Skipped when the repository holds no notebook.
      - if: hashFiles('**/*.ipynb') != ''
        run: pip install nbclient ipykernel nbconvert
      # A GitHub App installation token for the content repositories (or use a fine-grained PAT secret).
      - id: app-token
        uses: actions/create-github-app-token@v1
        with:
          app-id: \${{ vars.CONTENT_APP_ID }}
          private-key: \${{ secrets.CONTENT_APP_PRIVATE_KEY }}
          owner: \${{ github.repository_owner }}
      - uses: script-dispatcher/script-dispatcher@v1
        with:
          content-token: \${{ steps.app-token.outputs.token }}
`;

/** workflows-examples/run-script.yml: "Run workflow" in the Actions tab. */
export const RUN_WORKFLOW = `# Run a script from the Actions tab: "Run workflow", pick the script, give its arguments.
# Written by \`script-dispatcher init\` from workflows-examples/run-script.yml.
# \`script-dispatcher generate\` keeps the list of scripts below in step with the manifest.
name: Run a script

on:
  workflow_dispatch:
    inputs:
      script:
        description: Script to run
        type: choice
        options: [hello] # script-dispatcher:scripts
      target:
        description: Content repository (empty for the script's default)
        type: string
        required: false
      args:
        description: 'Arguments, as name=value lines or a YAML mapping, e.g. {extension: md, min-words: 10}'
        type: string
        required: false
      issue-number:
        description: Also report into this issue (optional)
        type: string
        required: false
      dry-run:
        description: Run and upload outputs, but push nothing
        type: boolean
        default: false

# The least the action needs: read the scripts, comment on an issue when asked to.
permissions:
  contents: read
  issues: write

jobs:
  run:
    runs-on: ubuntu-latest
    timeout-minutes: 60
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      # Notebook scripts (\`notebook:\` in the manifest) need nbclient and a Jupyter kernel; nbconvert adds
      # the HTML copy. Skipped when the repository holds no notebook.
      - if: hashFiles('**/*.ipynb') != ''
        run: pip install nbclient ipykernel nbconvert
      - id: dispatch
        uses: script-dispatcher/script-dispatcher@v1
        with:
          script: \${{ inputs.script }}
          target: \${{ inputs.target }}
          args: \${{ inputs.args }}
          issue-number: \${{ inputs.issue-number }}
          dry-run: \${{ inputs.dry-run }}
          # A token that can clone (and, for write scripts, push to and open pull requests on) the content
          # repositories: a GitHub App installation token or a fine-grained personal access token.
          content-token: \${{ secrets.CONTENT_TOKEN }}
      - name: Report
        if: always()
        env:
          STATUS: \${{ steps.dispatch.outputs.status }}
          ARTIFACT: \${{ steps.dispatch.outputs.artifact-url }}
        run: echo "status=$STATUS artifact=$ARTIFACT"
`;

export const INIT_FILES: readonly InitFile[] = [
  { path: '.github/script-dispatcher.yml', content: STARTER_MANIFEST },
  { path: '.github/workflows/script-requests.yml', content: ISSUE_WORKFLOW },
  { path: '.github/workflows/run-script.yml', content: RUN_WORKFLOW },
];
