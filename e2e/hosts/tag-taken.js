// Another library that happens to define <back-spasm-check> before the loader.
customElements.define('back-spasm-check', class extends HTMLElement {});
