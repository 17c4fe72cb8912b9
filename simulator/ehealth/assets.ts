/** The simulator's only static files, served from memory so that its pages need no inline code. */

export const ASSET_PATHS = {
  stylesheet: "/sim-assets/simulator.css",
  autoSubmit: "/sim-assets/auto-submit.js",
} as const;

const STYLESHEET = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #f4f6f8; }
body { margin: 0; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 1rem; padding: .75rem 1.5rem; background: #00395d; color: #fff; }
header a { color: #fff; }
.brand { margin: 0; font-weight: 700; }
.languages { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
.languages a[aria-current] { font-weight: 700; text-decoration: none; }
main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 6px; }
.notice { padding: .5rem .75rem; background: #fff4ce; border-left: 4px solid #8a6d00; }
.step { margin: 0; color: #4a4a4a; }
h1 { font-size: 1.5rem; margin-top: .25rem; }
fieldset { border: 1px solid #b0b7bf; border-radius: 4px; margin: 0 0 1.25rem; padding: .75rem 1rem; }
legend { font-weight: 700; padding: 0 .25rem; }
.choice { display: grid; grid-template-columns: auto 1fr; column-gap: .5rem; margin: .5rem 0; }
.choice input { margin-top: .35rem; }
.choice .hint, .choice label .hint { grid-column: 2; }
label .name { font-weight: 700; }
label .insz, label .hint { display: block; }
.hint { color: #4a4a4a; font-size: .9rem; }
.field { display: grid; gap: .25rem; margin-bottom: 1.25rem; }
.field label { font-weight: 700; }
input[type="text"], input[type="password"] { font-size: 1.1rem; padding: .4rem .5rem; border: 1px solid #4a4a4a; border-radius: 4px; max-width: 14rem; }
input[aria-invalid="true"] { border: 2px solid #b00020; }
.error { color: #b00020; font-weight: 700; margin: 0; }
button { font: inherit; padding: .5rem 1.25rem; border: 2px solid #00395d; border-radius: 4px; background: #00395d; color: #fff; cursor: pointer; }
button.link { background: none; color: #00395d; border-color: transparent; text-decoration: underline; padding: .5rem 0; }
.secondary { margin-top: 1rem; }
:focus-visible { outline: 3px solid #e07000; outline-offset: 2px; }
.details dt { font-weight: 700; }
.details dd { margin: 0 0 .5rem; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
`;

/** Submits the logout form as soon as the page is parsed (the script is loaded with `defer`). */
const AUTO_SUBMIT_SCRIPT = `document.querySelector("form[data-auto-submit]")?.submit();\n`;

const ASSETS: Record<string, { type: string; body: string }> = {
  [ASSET_PATHS.stylesheet]: { type: "text/css; charset=utf-8", body: STYLESHEET },
  [ASSET_PATHS.autoSubmit]: { type: "text/javascript; charset=utf-8", body: AUTO_SUBMIT_SCRIPT },
};

export function findAsset(pathname: string): { type: string; body: string } | undefined {
  return ASSETS[pathname];
}
