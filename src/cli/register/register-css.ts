/** The register page's style sheet: screen and A4 landscape print, colours kept when printing. */
export const registerCss = `
:root { color-scheme: light; --clean: #cfe8d2; --warn: #ffe4a8; --err: #f6c3c3; --miss: #e4e4e4; --ink: #1a1a1a; }
* { box-sizing: border-box; }
body { font: 14px/1.4 "Times New Roman", Times, serif; color: var(--ink); margin: 1.5rem auto; max-width: 78rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #444; padding-bottom: .15rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
h4 { font-size: .95rem; margin: .6rem 0 .2rem; }
.meta, .about, .note { color: #555; margin: 0 0 .4rem; }
.total { font-weight: bold; margin: .25rem 0; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; list-style: none; padding: 0; margin: .5rem 0; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .3rem; }
.swatch { display: inline-block; width: 1.6rem; height: 1.1rem; border: 1px solid #999; text-align: center; line-height: 1.05rem; font-size: .8rem; }
.grid-wrap { overflow-x: auto; }
table.grid { border-collapse: collapse; font-size: .85rem; }
table.grid th, table.grid td { border: 1px solid #aaa; padding: .15rem .25rem; text-align: center; }
table.grid thead th { background: #f0f0f0; font-weight: normal; white-space: nowrap; }
table.grid thead th .y { display: block; color: #666; font-size: .75em; }
table.grid th[scope=row] { text-align: left; font-weight: normal; white-space: nowrap; max-width: 18rem; overflow: hidden; text-overflow: ellipsis; }
table.grid td.m { width: 2.6rem; min-width: 2.6rem; height: 2.2rem; position: relative; font-weight: bold; }
table.grid td.num { text-align: right; white-space: nowrap; }
table.grid tfoot td, table.grid tfoot th { background: #f7f7f7; font-size: .8rem; }
.st-clean { background: var(--clean); color: #1b5e20; }
.st-warnings { background: var(--warn); color: #6d4500; }
.st-errors { background: var(--err); color: #9b1c1c; }
.st-missing { background: var(--miss) repeating-linear-gradient(135deg, transparent 0 5px, rgba(0,0,0,.09) 5px 7px); color: #555; }
td.m .cd { position: absolute; top: 0; right: 1px; font-size: .6rem; font-weight: bold; color: #0b4f7a; }
td.m .gr { display: block; font-size: .65rem; font-weight: normal; }
.cell { border-top: 1px solid #bbb; padding-top: .6rem; margin-top: 1rem; break-inside: avoid; }
.cell .totals { margin: .2rem 0; }
.spark { display: block; margin: .3rem 0; }
ul.reg { margin: .2rem 0; padding-left: 1.25rem; }
ul.reg li { margin: .15rem 0; }
.sev-error, .err { color: #9b1c1c; }
.sev-warning, .warn { color: #6d4500; }
.sev-info, .info { color: #0b4f7a; }
.ok { color: #1b6e20; }
.cite { color: #555; font-size: .88em; }
.loc { font-weight: bold; white-space: nowrap; }
ul.docs { list-style: none; padding-left: 0; margin: .25rem 0; }
ul.docs > li { margin: .15rem 0; }
details > summary { cursor: pointer; }
ul.docs .path { font-family: ui-monospace, "Courier New", monospace; font-size: .85em; word-break: break-all; }
ol.findings { margin: .2rem 0 .5rem; padding-left: 1.5rem; font-size: .92rem; }
.dup { color: #6d4500; font-weight: bold; }
figure { margin: .5rem 0; }
figcaption { font-size: .85rem; color: #555; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .grid-wrap { overflow: visible; }
  table.grid { font-size: 7.5pt; }
  table.grid td.m { width: auto; min-width: 0; height: auto; }
  #cells { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, li { break-inside: avoid; }
}
`;
