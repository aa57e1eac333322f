// Reading and editing wasm-bindgen's `--target no-modules` glue on its
// syntax tree (acorn, pinned in package.json), for the bundle build
// (crates/bundle, through scripts/js-steps.mjs). Nothing here relies on the
// glue's layout (lines, indents); each function says which syntax it
// expects and throws `GlueError` naming what it did not find, so a
// wasm-bindgen whose glue has another shape stops the build (and
// e2e/glue.test.mjs, which runs these on the pinned wasm-bindgen's glue).
import { parse } from 'acorn';

export class GlueError extends Error {}

const parseGlue = (source) => parse(source, { ecmaVersion: 'latest', sourceType: 'script' });

/** Every node of `tree`, with its parent, depth first. */
function* nodes(node, parent = null) {
  yield [node, parent];
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child.type === 'string') yield* nodes(child, node);
    }
  }
}

const isIdent = (node, name) => node?.type === 'Identifier' && (name === undefined || node.name === name);
const keyName = (prop) => (prop.key.type === 'Identifier' ? prop.key.name : prop.key.value);
const isProto = (prop) => prop.type === 'Property' && keyName(prop) === '__proto__';

/** The body of the glue's one function (`let wasm_bindgen = (function(exports) {…})(…)`). */
function glueBody(tree) {
  const [decl] = tree.body.filter((s) => s.type === 'VariableDeclaration' && isIdent(s.declarations[0]?.id, 'wasm_bindgen'));
  const fn = decl?.declarations[0].init?.callee;
  if (!fn || fn.type !== 'FunctionExpression') throw new GlueError('the glue has no `let wasm_bindgen = (function (exports) { … })(…)`');
  return fn.body.body;
}

/** The import objects: `__wbg_get_imports` returns `{ "module": importN, … }`, each `const importN = { name: function … }`. */
function importObjects(tree) {
  const [getImports] = [...nodes(tree)].map(([n]) => n).filter((n) => n.type === 'FunctionDeclaration' && isIdent(n.id, '__wbg_get_imports'));
  if (!getImports) throw new GlueError('the glue has no `function __wbg_get_imports()`');
  const ret = getImports.body.body.find((s) => s.type === 'ReturnStatement')?.argument;
  if (ret?.type !== 'ObjectExpression') throw new GlueError('`__wbg_get_imports` does not return an object literal');
  const objects = new Map();
  for (const [node] of nodes(getImports)) {
    if (node.type === 'VariableDeclarator' && node.init?.type === 'ObjectExpression') objects.set(node.id.name, node.init);
  }
  return ret.properties.filter((p) => !isProto(p)).map((entry) => {
    const object = isIdent(entry.value) ? objects.get(entry.value.name) : null;
    if (!object) throw new GlueError(`the import module ${JSON.stringify(keyName(entry))} is not an object declared in \`__wbg_get_imports\``);
    const functions = object.properties.filter((p) => !isProto(p));
    const odd = functions.find((p) => p.type !== 'Property' || p.computed || p.value.type !== 'FunctionExpression');
    if (odd) throw new GlueError(`an import of ${JSON.stringify(keyName(entry))} is not \`name: function (…) { … }\``);
    return { module: keyName(entry), key: entry.key, functions };
  });
}

/** Where the glue reads `wasm.name`. Throws on `wasm[…]`, which no list of names can follow. */
function exportReads(tree) {
  const reads = [];
  for (const [node] of nodes(tree)) {
    if (node.type !== 'MemberExpression' || !isIdent(node.object, 'wasm')) continue;
    if (node.computed) throw new GlueError('the glue reads a wasm export by a computed name (`wasm[…]`)');
    reads.push(node.property);
  }
  return reads;
}

/** The class names, import modules and names, and exports the glue reads. */
export function glueNames(source) {
  const tree = parseGlue(source);
  const classes = glueBody(tree).filter((s) => s.type === 'ClassDeclaration').map((s) => s.id.name);
  const imports = importObjects(tree).map((o) => ({ module: o.module, names: o.functions.map(keyName) }));
  const reads = [...new Set(exportReads(tree).map((p) => p.name))].sort();
  return { classes, imports, reads };
}

/** The statements that belong to class `name`: itself, and those naming it or its `…Finalization` registry. */
function classStatements(body, name) {
  const registry = `${name}Finalization`;
  const named = (statement) => [...nodes(statement)].some(([n]) => isIdent(n, name) || isIdent(n, registry));
  if (!body.some((s) => s.type === 'ClassDeclaration' && isIdent(s.id, name))) throw new GlueError(`the glue has no class ${name}`);
  return body.filter(named);
}

/** `Object.assign(__wbg_init, { initSync }, exports)` in the glue's return: its `__wbg_init` argument. */
function asyncInitArgument(body) {
  const ret = body.findLast((s) => s.type === 'ReturnStatement')?.argument;
  const ok = ret?.type === 'CallExpression' && ret.callee.type === 'MemberExpression' && isIdent(ret.callee.object, 'Object') && isIdent(ret.callee.property, 'assign') && isIdent(ret.arguments[0], '__wbg_init') && ret.arguments.length > 1;
  if (!ok) throw new GlueError('the glue does not end with `return Object.assign(__wbg_init, …)`');
  return { start: ret.arguments[0].start, end: ret.arguments[1].start, text: '' };
}

/** The cut that removes a list item (a property) with the comma after it. */
function cut(source, list, index) {
  const item = list[index];
  const comma = /^\s*,/.exec(source.slice(item.end));
  const end = index + 1 < list.length ? list[index + 1].start : item.end + (comma ? comma[0].length : 0);
  return { start: item.start, end, text: '' };
}

function apply(source, edits) {
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) throw new Error('glue: overlapping edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  parseGlue(out);
  return out;
}

/**
 * The glue with `edit` made:
 * - `removeClasses`: classes removed with their alias, export and registry;
 * - `sync`: the returned object without the async `init` (the loader compiles the wasm itself and calls `initSync`);
 * - `importModule`: every import module renamed to it;
 * - `imports`: `{ old: new }`; an import not in it is removed (the wasm no longer imports it);
 * - `exports`: `{ old: new }` for every `wasm.old` the glue reads.
 */
export function editGlue(source, { removeClasses = [], sync = false, importModule, imports, exports } = {}) {
  const tree = parseGlue(source);
  const body = glueBody(tree);
  const edits = [];
  const gone = new Set(removeClasses.flatMap((name) => classStatements(body, name)));
  for (const s of gone) edits.push({ start: s.start, end: s.end, text: '' });
  if (sync) edits.push(asyncInitArgument(body));
  const inside = (node) => [...gone].some((s) => s.start <= node.start && node.end <= s.end);
  for (const object of importObjects(tree)) {
    if (importModule !== undefined) edits.push({ start: object.key.start, end: object.key.end, text: JSON.stringify(importModule) });
    if (!imports) continue;
    object.functions.forEach((fn, i) => {
      const renamed = imports[keyName(fn)];
      edits.push(renamed === undefined ? cut(source, object.functions, i) : { start: fn.key.start, end: fn.key.end, text: renamed });
    });
  }
  if (exports) {
    for (const read of exportReads(tree)) {
      if (inside(read)) continue;
      const renamed = exports[read.name];
      if (renamed === undefined) throw new GlueError(`the glue reads \`wasm.${read.name}\`, which the wasm does not export`);
      edits.push({ start: read.start, end: read.end, text: renamed });
    }
  }
  return apply(source, edits);
}

/** The glue as the body of a function that makes a fresh copy of it on each call. */
export const wrapGlue = (source) => `export default function () {\n${source}\nreturn wasm_bindgen;\n}\n`;
