// Checks a bitbucket-pipelines.yml for the structure Bitbucket Pipelines requires (no validator of Atlassian's own
// runs offline): valid YAML, a `pipelines` map of known sections, each pipeline a list of steps, each step with a
// non-empty `script` of commands and only known keys, and every service either built in (docker) or defined.
// Prints each problem and exits 1 when there is one. Usage: node check-bitbucket-pipelines.mjs FILE
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-bitbucket-pipelines.mjs bitbucket-pipelines.yml");
  process.exit(2);
}
const problems = [];
const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const sections = ["default", "branches", "tags", "bookmarks", "custom", "pull-requests"];
const stepKeys = ["name", "script", "after-script", "image", "services", "caches", "artifacts", "size", "max-time",
  "trigger", "deployment", "condition", "clone", "oidc", "runs-on", "fail-fast"];

function checkStep(step, where, definedServices) {
  if (!isMap(step)) return problems.push(`${where}: a step must be a map`);
  for (const key of Object.keys(step)) if (!stepKeys.includes(key)) problems.push(`${where}: unknown key "${key}"`);
  if (!Array.isArray(step.script) || step.script.length === 0)
    problems.push(`${where}: "script" must be a non-empty list`);
  else
    step.script.forEach((command, i) => {
      if (typeof command !== "string" && !(isMap(command) && "pipe" in command))
        problems.push(`${where}.script[${i}]: a command must be a string (or a pipe)`);
    });
  for (const service of step.services ?? [])
    if (service !== "docker" && !definedServices.includes(service))
      problems.push(`${where}: service "${service}" is neither built in nor under definitions.services`);
  if (step.trigger !== undefined && !["automatic", "manual"].includes(step.trigger))
    problems.push(`${where}: trigger must be automatic or manual`);
}

function checkPipeline(items, where, definedServices) {
  if (!Array.isArray(items) || items.length === 0) return problems.push(`${where}: a pipeline must be a list of steps`);
  items.forEach((item, i) => {
    const at = `${where}[${i}]`;
    if (isMap(item) && "step" in item) checkStep(item.step, `${at}.step`, definedServices);
    else if (isMap(item) && "parallel" in item) checkPipeline(item.parallel.steps ?? item.parallel, `${at}.parallel`, definedServices);
    else if (isMap(item) && "stage" in item) checkPipeline(item.stage.steps, `${at}.stage.steps`, definedServices);
    else if (!(isMap(item) && "variables" in item)) problems.push(`${at}: expected step, parallel or stage`);
  });
}

const document = parseDocument(readFileSync(file, "utf8"), { uniqueKeys: true });
for (const error of document.errors) problems.push(`YAML: ${error.message}`);
const root = document.errors.length === 0 ? document.toJS() : null;
if (root && !isMap(root?.pipelines)) problems.push(`"pipelines" must be a map`);
if (root && isMap(root.pipelines)) {
  const definedServices = Object.keys(root.definitions?.services ?? {});
  const present = Object.keys(root.pipelines);
  if (present.length === 0) problems.push(`"pipelines" names no pipeline`);
  for (const section of present) {
    if (!sections.includes(section)) { problems.push(`pipelines: unknown section "${section}"`); continue; }
    const value = root.pipelines[section];
    if (section === "default") checkPipeline(value, "pipelines.default", definedServices);
    else if (!isMap(value)) problems.push(`pipelines.${section}: must be a map of names to pipelines`);
    else for (const [name, items] of Object.entries(value)) checkPipeline(items, `pipelines.${section}.${name}`, definedServices);
  }
}
for (const problem of problems) console.error(`${file}: ${problem}`);
if (problems.length === 0) console.log(`${file}: ${Object.keys(root.pipelines).join(", ")}`);
process.exit(problems.length === 0 ? 0 : 1);
