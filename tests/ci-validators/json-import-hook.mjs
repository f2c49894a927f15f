// @actions/workflow-parser imports its schema JSON without `with { type: "json" }` (it is published for bundlers);
// Node refuses such an import. This load hook gives the parser's own .json files the attribute Node asks for.
export async function resolve(specifier, context, nextResolve) {
  if (specifier.endsWith(".json"))
    return nextResolve(specifier, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) return nextLoad(url, { ...context, importAttributes: { type: "json" } });
  return nextLoad(url, context);
}
