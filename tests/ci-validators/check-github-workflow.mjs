// Parses a GitHub Actions workflow with GitHub's own parser (@actions/workflow-parser) and converts it to the model
// the runner uses; prints every error and exits 1 when there is one. Usage: node check-github-workflow.mjs FILE
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { basename } from "node:path";

register("./json-import-hook.mjs", import.meta.url);
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import("@actions/workflow-parser");

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-github-workflow.mjs WORKFLOW.yml");
  process.exit(2);
}
const parsed = parseWorkflow({ name: basename(file), content: readFileSync(file, "utf8") }, new NoOperationTraceWriter());
const errors = parsed.context.errors.getErrors().map((e) => e.message);
// Conversion checks what parsing alone does not: job references, cron syntax, expression contexts.
if (errors.length === 0 && parsed.value) {
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  for (const e of template.errors ?? []) errors.push(e.Message);
  if (errors.length === 0)
    console.log(`${file}: ${template.jobs.length} job(s), events: ${Object.keys(template.events).join(", ")}`);
}
if (!parsed.value && errors.length === 0) errors.push("the file holds no workflow");
for (const message of errors) console.error(`${file}: ${message}`);
process.exit(errors.length === 0 ? 0 : 1);
