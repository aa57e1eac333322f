// The bundle build's glue edits (scripts/glue.mjs, on acorn's syntax tree):
// exact results on a small glue of the same shape, exact errors, and the
// same edits on the glue the pinned wasm-bindgen-cli writes for this build's
// wasm. After a wasm-bindgen upgrade whose glue has another shape, the last
// test is the one that says so (and `make dist` stops with the same message).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'acorn';
import { GlueError, editGlue, glueNames } from '../scripts/glue.mjs';
import { ROOT } from './bench/sizes.mjs';

const GLUE = `let wasm_bindgen = (function(exports) {
    let wasm = undefined;
    class Sink {
        close() { wasm.sink_close(this.__wbg_ptr); SinkFinalization.unregister(this); }
    }
    if (Symbol.dispose) Sink.prototype[Symbol.dispose] = Sink.prototype.free;
    exports.Sink = Sink;
    class Widget {
        refresh() { return wasm.widget_refresh(this.__wbg_ptr); }
    }
    exports.Widget = Widget;
    function __wbg_get_imports() {
        const import0 = {
            __proto__: null,
            __wbg_log_0123: function(arg0) { console.log(arg0); },
            __wbg_now_4567: function() { return Date.now(); },
            __wbg_gone_89ab: function() { return 1; },
        };
        return {
            __proto__: null,
            "./back-spasm-check_bg.js": import0,
        };
    }
    const SinkFinalization = new FinalizationRegistry(ptr => wasm.__wbg_sink_free(ptr >>> 0, 1));
    function initSync(module) { wasm = new WebAssembly.Instance(module, __wbg_get_imports()).exports; wasm.__wbindgen_start(); }
    async function __wbg_init() {}
    return Object.assign(__wbg_init, { initSync }, exports);
})({ __proto__: null });
`;

test('reads classes, imports and export reads', () => {
  assert.deepEqual(glueNames(GLUE), {
    classes: ['Sink', 'Widget'],
    imports: [{ module: './back-spasm-check_bg.js', names: ['__wbg_log_0123', '__wbg_now_4567', '__wbg_gone_89ab'] }],
    reads: ['__wbg_sink_free', '__wbindgen_start', 'sink_close', 'widget_refresh'],
  });
});

test('removes a class with its alias, export and registry', () => {
  const out = editGlue(GLUE, { removeClasses: ['Sink'] });
  assert.equal(glueNames(out).classes.join(), 'Widget');
  assert.doesNotMatch(out, /Sink/);
  assert.deepEqual(glueNames(out).reads, ['__wbindgen_start', 'widget_refresh']);
});

test('drops the async init from what the glue returns', () => {
  const out = editGlue(GLUE, { sync: true });
  assert.match(out, /return Object\.assign\(\{ initSync \}, exports\);/);
});

test('renames imports and exports, and removes the imports not named', () => {
  const out = editGlue(editGlue(GLUE, { removeClasses: ['Sink'] }), {
    importModule: 'a',
    imports: { __wbg_log_0123: 'a', __wbg_now_4567: 'b' },
    exports: { __wbindgen_start: 'c', widget_refresh: 'd' },
  });
  assert.deepEqual(glueNames(out), {
    classes: ['Widget'],
    imports: [{ module: 'a', names: ['a', 'b'] }],
    reads: ['c', 'd'],
  });
  assert.match(out, /b: function\(\) \{ return Date\.now\(\); \},\s*\};/, 'the last kept entry ends the object');
  const last = editGlue(GLUE, { imports: { __wbg_log_0123: 'a' }, exports: null });
  assert.deepEqual(glueNames(last).imports[0].names, ['a']);
});

test('says what it did not find', () => {
  const rows = [
    ['let x = 1;', {}, 'the glue has no `let wasm_bindgen = (function (exports) { … })(…)`'],
    [GLUE.replace('__wbg_get_imports() {', 'getImports() {'), {}, 'the glue has no `function __wbg_get_imports()`'],
    [GLUE, { removeClasses: ['Stream'] }, 'the glue has no class Stream'],
    [GLUE.replace('return Object.assign(__wbg_init, ', 'return Object.assign('), { sync: true }, 'the glue does not end with `return Object.assign(__wbg_init, …)`'],
    [GLUE, { exports: { sink_close: 'a' } }, 'the glue reads `wasm.widget_refresh`, which the wasm does not export'],
    [GLUE.replace('wasm.sink_close', 'wasm["sink_close"]'), { exports: {} }, 'the glue reads a wasm export by a computed name (`wasm[…]`)'],
    [GLUE.replace('__wbg_now_4567: function() { return Date.now(); }', '__wbg_now_4567: Date.now'), {}, 'an import of "./back-spasm-check_bg.js" is not `name: function (…) { … }`'],
  ];
  for (const [glue, edit, message] of rows) {
    assert.throws(() => (Object.keys(edit).length ? editGlue(glue, edit) : glueNames(glue)), (err) => err instanceof GlueError && err.message === message, message);
  }
});

const WASM = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'back_spasm_check.wasm');

test("the pinned wasm-bindgen's own glue has the shape the build edits", { skip: !existsSync(WASM) && 'no release wasm (make dist builds it)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bsc-glue-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', dir, '--out-name', 'glue', WASM]);
    const glue = readFileSync(join(dir, 'glue.js'), 'utf8');
    const names = glueNames(glue);
    const unused = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
    assert.deepEqual(names.classes.filter((c) => !unused.includes(c)), ['Widget']);
    assert.equal(names.imports.length, 1, 'one import module');
    assert.ok(names.imports[0].names.length > 50, 'the imports are read');
    assert.ok(names.reads.includes('memory') && names.reads.includes('__wbindgen_start'), names.reads.join());
    const out = editGlue(glue, { removeClasses: unused, sync: true });
    parse(out, { ecmaVersion: 'latest' });
    assert.doesNotMatch(out, /IntoUnderlying/);
    assert.deepEqual(glueNames(out).classes, ['Widget']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
