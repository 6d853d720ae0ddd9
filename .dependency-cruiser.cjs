/**
 * The layers of src/ and what may import what (docs/architecture.md). `npm run lint:layers`
 * checks them, in CI before the tests; any violation fails it.
 */

/** The layers, bottom to top: a layer may import the layers before it, never one after it. */
const LAYERS = [
  // The engine's word lists, and the speed tricks shared behind one door (docs/performance.md): neither imports anything.
  ["vocabulary", "internal"],
  ["dates"],
  ["law"],
  ["schema"],
  ["process"],
  ["timeline"],
  // Side by side on the timeline: none imports another.
  ["support", "report", "vectors", "import"],
  ["adapters"],
  ["cli"],
];

const folder = (name) => `^src/${name}/`;
const anyOf = (names) => `^src/(${names.join("|")})/`;
/** The entry points: the core's (src/index.ts) and the subpaths', which nothing in src imports. */
const CORE_ENTRY = "^src/index\\.ts$";

const layerRules = LAYERS.flatMap((tier, index) => {
  const above = LAYERS.slice(index + 1).flat();
  return tier.map((name) => {
    const forbidden = [...above, ...tier.filter((other) => other !== name)];
    return {
      name: `layer-${name}`,
      comment: `${name}/ may import only the layers below it: not ${forbidden.join(", ")}, nor the core entry.`,
      severity: "error",
      from: { path: folder(name) },
      to: { path: forbidden.length > 0 ? [anyOf(forbidden), CORE_ENTRY] : CORE_ENTRY },
    };
  });
});

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No module reaches itself through its imports, type-only imports included.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "core-entry-no-adapters",
      comment: "The core entry imports no adapter and no CLI: each adapter is a subpath of its own (ehc-timeline/schema, /csv, …).",
      severity: "error",
      from: { path: CORE_ENTRY },
      to: { path: anyOf(["adapters", "cli"]) },
    },
    {
      name: "pure-core",
      comment: "Outside adapters/ and cli/ nothing does I/O: no files, network, processes or threads.",
      severity: "error",
      from: { path: "^src/", pathNot: anyOf(["adapters", "cli"]) },
      to: {
        dependencyTypes: ["core"],
        path: "^(node:)?(fs|fs/promises|http|https|http2|net|child_process|worker_threads)$",
      },
    },
    {
      name: "no-orphans",
      comment: "A module that imports nothing and that nothing imports is dead code.",
      severity: "error",
      from: { orphan: true, path: "^src/" },
      to: {},
    },
  ],
  options: {
    // Type-only imports count: a type cycle or an upward type import is a violation too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
  },
};
