// The peer: the same first screens (intro, emergency flags, urgent flags,
// onset, severity) as a SurveyJS survey (survey-core + survey-js-ui, the
// framework-free renderer, default theme), loaded from this machine.
// run.mjs replaces __TEXTS__ with the texts of content/en.toml.
const T = __TEXTS__;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const question = (s) => {
  const base = { name: s.id, title: s.title, description: s.help, isRequired: true };
  if (s.kind === 'scale') {
    return {
      ...base,
      type: 'rating',
      displayMode: 'buttons', // 'auto' turns 11 points into a dropdown in a narrow column
      rateMin: s.min,
      rateMax: s.max,
      minRateDescription: s.low,
      maxRateDescription: s.high,
    };
  }
  const choices = s.options.filter(([id]) => id !== s.none).map(([value, text]) => ({ value, text }));
  if (s.kind === 'single') return { ...base, type: 'radiogroup', choices };
  const noneText = s.options.find(([id]) => id === s.none)[1];
  return { ...base, type: 'checkbox', choices, showNoneItem: true, noneText };
};
const survey = new Survey.Model({
  title: T.ui.title,
  firstPageIsStartPage: true,
  startSurveyText: T.ui.start,
  pageNextText: T.ui.continue,
  pagePrevText: T.ui.back,
  showQuestionNumbers: 'off',
  showProgressBar: 'top',
  pages: [
    {
      name: 'intro',
      elements: [
        {
          type: 'html',
          name: 'intro',
          html: `<h2>${esc(T.ui.intro_heading)}</h2><p>${esc(T.ui.intro_body)}</p><ul><li>${esc(T.ui.privacy)}</li><li>${esc(T.ui.not_diagnosis)}</li></ul>`,
        },
      ],
    },
    ...T.steps.map((s) => ({ name: s.id, elements: [question(s)] })),
  ],
});
survey.render(document.getElementById('peer'));
