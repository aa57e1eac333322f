// The floor: the same first screens (intro, emergency flags, urgent flags,
// onset, severity) written by hand in plain JavaScript, nothing to load but
// this file. run.mjs replaces __TEXTS__ with the texts of content/en.toml.
const T = __TEXTS__;
const root = document.getElementById('floor');
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const fill = (tpl, args) => tpl.replace(/\{(\w+)\}/g, (m, k) => (k in args ? args[k] : m));
let at = -1; // -1: intro, else index into T.steps
const answers = {};

function render(focus) {
  if (at < 0) {
    root.innerHTML = `<section aria-labelledby="h"><p>${esc(T.ui.title)}</p>
<h2 id="h" tabindex="-1">${esc(T.ui.intro_heading)}</h2><p>${esc(T.ui.intro_body)}</p>
<ul><li>${esc(T.ui.privacy)}</li><li>${esc(T.ui.not_diagnosis)}</li></ul>
<button type="button" data-go="start">${esc(T.ui.start)}</button></section>`;
  } else {
    const s = T.steps[at];
    const a = answers[s.id];
    let control;
    if (s.kind === 'scale') {
      let points = '';
      for (let n = s.min; n <= s.max; n++) {
        points += `<label><input type="radio" name="${s.id}" value="${n}" aria-label="${esc(fill(T.ui.scale_selected, { n }))}"${a === n ? ' checked' : ''}><span aria-hidden="true">${n}</span></label>`;
      }
      control = `<div role="radiogroup" aria-labelledby="h">${points}<p><span>${esc(s.low)}</span> <span>${esc(s.high)}</span></p></div>`;
    } else {
      const type = s.kind === 'multi' ? 'checkbox' : 'radio';
      control = `<div role="${s.kind === 'multi' ? 'group' : 'radiogroup'}" aria-labelledby="h">${s.options
        .map(([id, text]) => {
          const on = s.kind === 'multi' ? (a ?? []).includes(id) : a === id;
          return `<label><input type="${type}" name="${s.id}" value="${id}"${on ? ' checked' : ''}> <span>${esc(text)}</span></label><br>`;
        })
        .join('')}</div>`;
    }
    const hint = { multi: T.ui.choose_any, single: T.ui.choose_one, scale: T.ui.choose_scale }[s.kind];
    const ok = a !== undefined && !(Array.isArray(a) && a.length === 0);
    root.innerHTML = `<section aria-labelledby="h"><p>${esc(fill(T.ui.step_of, { n: s.n, total: T.total }))}</p>
<h2 id="h" tabindex="-1">${esc(s.title)}</h2>${s.help ? `<p>${esc(s.help)}</p>` : ''}${control}
<p id="hint"${ok ? ' hidden' : ''}>${esc(hint)}</p>
<button type="button" data-go="next"${ok ? '' : ' aria-disabled="true" aria-describedby="hint"'}>${esc(T.ui.continue)}</button>
<button type="button" data-go="back">${esc(T.ui.back)}</button>
<button type="button" data-go="restart">${esc(T.ui.restart)}</button></section>`;
  }
  if (focus) root.querySelector('h2').focus();
}

root.addEventListener('click', (e) => {
  const go = e.target.closest('button')?.dataset.go;
  if (!go) return;
  if (go === 'start') at = 0;
  else if (go === 'back') at -= 1;
  else if (go === 'restart') at = -1;
  else if (go === 'next') {
    if (root.querySelector('button[data-go=next]').hasAttribute('aria-disabled')) return;
    if (at + 1 >= T.steps.length) return; // the floor stops at its last screen
    at += 1;
  }
  if (go === 'restart') for (const k in answers) delete answers[k];
  render(true);
});

root.addEventListener('change', (e) => {
  const s = T.steps[at];
  const input = e.target;
  if (s.kind === 'scale') answers[s.id] = Number(input.value);
  else if (s.kind === 'single') answers[s.id] = input.value;
  else {
    let list = answers[s.id] ?? [];
    if (!input.checked) list = list.filter((v) => v !== input.value);
    else if (input.value === s.none) list = [s.none];
    else list = [...list.filter((v) => v !== s.none), input.value];
    answers[s.id] = list;
    for (const box of root.querySelectorAll('input')) box.checked = list.includes(box.value);
  }
  const ok = !(Array.isArray(answers[s.id]) && answers[s.id].length === 0);
  const next = root.querySelector('button[data-go=next]');
  root.querySelector('#hint').hidden = ok;
  next.toggleAttribute('aria-disabled', !ok);
  if (ok) next.removeAttribute('aria-describedby');
  else next.setAttribute('aria-describedby', 'hint');
});

render(false);
