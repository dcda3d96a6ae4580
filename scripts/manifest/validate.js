"use strict";
/**
 * Offline checks of the add-in only (XML) manifest for a Word task pane add-in. It is not the XSD
 * validator: it checks what has bitten us or would stop Word from loading the add-in — element
 * order, resource references, https and one origin for every URL, icon files and their sizes, and
 * the string limits of the schema.
 *
 * validateManifest(xmlText, { rootDir }) -> { ok, problems: string[], summary }
 * rootDir is where the files behind the manifest's URLs live (the repository root for the source
 * manifest, dist/ for the built one): a URL's path below the SourceLocation's folder maps to a file
 * below rootDir.
 */

const fs = require("node:fs");
const path = require("node:path");
const { parseXml } = require("./parse-xml");
const { pngSizeOf } = require("./png-size");

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** The TaskPaneApp sequence ("How to find the proper order of manifest elements", Microsoft Learn). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

/** What this project requires, a stricter set than the schema's minimum. */
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/** Child sequences inside VersionOverrides V1_0 for task pane add-ins, keyed by parent name. */
const NESTED_ORDER = {
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

const LIMITS = { DisplayName: 125, Description: 250, ProviderName: 125, ShortStrings: 125, LongStrings: 250, Url: 2048, ResourceId: 32 };

/** Which resource collection a resid on a given element must point into. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  Tooltip: "LongStrings",
};

/** The pixel sizes Office asks for the base manifest's icons of a task pane add-in. */
const BASE_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };
const RIBBON_ICON_SIZES = [16, 32, 80];

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function children(el, local) {
  return el.children.filter((c) => c.local === local);
}

function child(el, local) {
  return el.children.find((c) => c.local === local);
}

function attrByNs(el, ns, local) {
  for (const [qname, uri] of Object.entries(el.attrNs)) {
    if (uri === ns && qname.slice(qname.indexOf(":") + 1) === local) return el.attrs[qname];
  }
  return undefined;
}

function lengthOf(s) {
  return [...s].length;
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function validateManifest(xmlText, options = {}) {
  const rootDir = options.rootDir ?? process.cwd();
  const problems = [];
  const report = (msg) => problems.push(msg);
  const summary = { id: undefined, version: undefined, icons: 0, resources: 0 };

  const parsed = parseXml(xmlText);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    report(`not well-formed XML at line ${line}, column ${column}: ${message}`);
    return { ok: false, problems, summary };
  }
  const root = parsed.root;

  // Root element and namespaces.
  if (root.local !== "OfficeApp") {
    report(`root element must be <OfficeApp>, found <${root.name}>`);
    return { ok: false, problems, summary };
  }
  if (root.ns !== NS.officeApp) report(`<OfficeApp> must be in namespace ${NS.officeApp}`);
  const declared = new Set(Object.entries(root.attrs).filter(([k]) => k === "xmlns" || k.startsWith("xmlns:")).map(([, v]) => v));
  for (const [what, uri] of [["xsi", NS.xsi], ["bt", NS.bt]]) {
    if (!declared.has(uri)) report(`<OfficeApp> must declare the ${what} namespace ${uri}`);
  }
  const rootType = attrByNs(root, NS.xsi, "type");
  if (rootType !== "TaskPaneApp") report(`<OfficeApp> xsi:type must be "TaskPaneApp", found ${rootType === undefined ? "none" : `"${rootType}"`}`);

  // Top-level children: known, present, unique, in order.
  const top = root.children.filter((c) => c.ns === NS.officeApp || c.local === "VersionOverrides");
  for (const c of root.children) {
    if (!OFFICE_APP_ORDER.includes(c.local)) report(`unexpected element <${c.name}> in <OfficeApp> (line ${c.line})`);
  }
  for (const name of REQUIRED) {
    const found = children(root, name);
    if (found.length === 0) report(`missing required element <${name}> in <OfficeApp>`);
    if (found.length > 1) report(`element <${name}> appears ${found.length} times in <OfficeApp>`);
  }
  checkOrder(root, "OfficeApp", OFFICE_APP_ORDER, report, top);

  // Simple values.
  const text = (name) => child(root, name)?.text.trim();

  const id = text("Id");
  summary.id = id;
  if (id !== undefined && !GUID.test(id)) report(`<Id> must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found "${id}"`);
  const version = text("Version");
  summary.version = version;
  if (version !== undefined && !VERSION.test(version)) report(`<Version> must be n.n.n.n, found "${version}"`);
  const provider = text("ProviderName");
  if (provider !== undefined) checkString(provider, "<ProviderName>", LIMITS.ProviderName, report);
  const locale = text("DefaultLocale");
  if (locale !== undefined && !LOCALE.test(locale)) report(`<DefaultLocale> must be a culture name like vi-VN, found "${locale}"`);
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    if (!el) continue;
    checkLocaleAware(el, `<${name}>`, (value, where) => checkString(value, where, LIMITS[name], report), report);
  }

  // The task pane page fixes the origin every other URL must share.
  const sourceEl = child(root, "DefaultSettings") && child(child(root, "DefaultSettings"), "SourceLocation");
  let base;
  if (child(root, "DefaultSettings") && !sourceEl) report("missing <SourceLocation> in <DefaultSettings>");
  if (sourceEl) {
    const src = sourceEl.attrs.DefaultValue;
    const url = parseUrl(src);
    if (!url) report(`<DefaultSettings>/<SourceLocation> must be an absolute URL, found "${src ?? ""}"`);
    else if (url.protocol !== "https:") report(`<DefaultSettings>/<SourceLocation> must use https, found "${src}"`);
    else base = new URL(".", url);
  }
  const urlCheck = (value, where) => checkUrl(value, where, base, report);

  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = child(root, name);
    if (!el) continue;
    checkLocaleAware(
      el,
      `<${name}>`,
      (value, where) => {
        if (urlCheck(value, where)) {
          summary.icons += checkIconFile(value, where, [BASE_ICON_SIZE[name]], base, rootDir, report);
        }
      },
      report,
    );
  }
  if (child(root, "SupportUrl")) checkLocaleAware(child(root, "SupportUrl"), "<SupportUrl>", urlCheck, report);

  const appDomains = child(root, "AppDomains");
  if (appDomains) {
    for (const d of children(appDomains, "AppDomain")) {
      const url = parseUrl(d.text.trim());
      if (!url || url.protocol !== "https:") report(`<AppDomain> must be an https URL, found "${d.text.trim()}"`);
    }
  }

  const hosts = child(root, "Hosts");
  if (hosts && !children(hosts, "Host").some((h) => h.attrs.Name === "Document")) {
    report('<Hosts> must contain <Host Name="Document"/> (Word)');
  }

  const requirements = child(root, "Requirements");
  if (requirements) checkWordApi(requirements, report);

  const permissions = text("Permissions");
  if (permissions !== undefined && permissions !== "ReadWriteDocument") {
    report(`<Permissions> must be ReadWriteDocument, found "${permissions}"`);
  }

  const overrides = child(root, "VersionOverrides");
  if (overrides) checkVersionOverrides(overrides, { base, rootDir, report, urlCheck, summary });

  return { ok: problems.length === 0, problems, summary };
}

function checkOrder(parent, parentName, order, report, list = parent.children) {
  let lastIndex = -1;
  let lastName = "";
  for (const c of list) {
    const index = order.indexOf(c.local);
    if (index < 0) continue;
    if (index < lastIndex) {
      report(`<${c.local}> must come before <${lastName}> in <${parentName}> (schema order; line ${c.line})`);
    } else {
      lastIndex = index;
      lastName = c.local;
    }
  }
}

/** Runs `check` on DefaultValue and on every <Override Value>. */
function checkLocaleAware(el, where, check, report) {
  const value = el.attrs.DefaultValue;
  if (value === undefined || value.trim() === "") report(`${where} needs a non-empty DefaultValue`);
  else check(value, where);
  for (const o of children(el, "Override")) {
    if (o.attrs.Value === undefined) report(`${where} <Override> (line ${o.line}) needs a Value`);
    else check(o.attrs.Value, `${where} <Override Locale="${o.attrs.Locale ?? ""}">`);
  }
}

function checkString(value, where, limit, report) {
  if (value.trim() === "") report(`${where} must not be empty`);
  const n = lengthOf(value);
  if (n > limit) report(`${where} is ${n} characters, more than the limit of ${limit}`);
}

function parseUrl(value) {
  if (typeof value !== "string") return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** https, at most 2048 characters, and on the SourceLocation's origin. Returns whether it passed. */
function checkUrl(value, where, base, report) {
  const url = parseUrl(value);
  if (!url) {
    report(`${where} must be an absolute URL, found "${value}"`);
    return false;
  }
  let ok = true;
  if (url.protocol !== "https:") {
    report(`${where} must use https, found "${value}"`);
    ok = false;
  }
  if (lengthOf(value) > LIMITS.Url) {
    report(`${where} is longer than ${LIMITS.Url} characters`);
    ok = false;
  }
  if (base && url.origin !== base.origin) {
    report(`${where} must be on the add-in's origin ${base.origin}, found "${value}"`);
    ok = false;
  }
  return ok;
}

/** The icon must be a PNG below assets/ with one of the expected square sizes. Returns 1 if checked. */
function checkIconFile(value, where, sizes, base, rootDir, report) {
  if (!base) return 0;
  const url = new URL(value);
  if (!url.pathname.startsWith(base.pathname)) {
    report(`${where} "${value}" is not below the add-in's folder ${base.href}`);
    return 0;
  }
  const rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
  if (!rel.startsWith("assets/")) {
    report(`${where} "${value}" must point into assets/`);
    return 0;
  }
  const file = path.join(rootDir, ...rel.split("/"));
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    report(`${where} icon file ${rel} does not exist (looked for ${file})`);
    return 0;
  }
  const size = pngSizeOf(bytes);
  if (!size) {
    report(`${where} icon file ${rel} is not a PNG`);
    return 0;
  }
  for (const s of sizes) {
    if (size.width !== s || size.height !== s) {
      report(`${where} icon file ${rel} is ${size.width}x${size.height} px but is used at ${s}x${s}`);
    }
  }
  return 1;
}

function checkWordApi(requirements, report) {
  const sets = child(requirements, "Sets");
  const set = sets && children(sets, "Set").find((s) => s.attrs.Name === "WordApi");
  if (!set) {
    report('<Requirements> must contain <Sets><Set Name="WordApi" MinVersion="1.3"/></Sets>');
    return;
  }
  const min = set.attrs.MinVersion ?? sets.attrs.DefaultMinVersion;
  if (min === undefined) report("WordApi requirement needs a MinVersion (or Sets DefaultMinVersion)");
  else if (!/^\d+(\.\d+)*$/.test(min)) report(`WordApi MinVersion must be a number like 1.3, found "${min}"`);
  else if (compareVersions(min, "1.3") < 0) report(`WordApi MinVersion must be at least 1.3, found "${min}"`);
}

function checkVersionOverrides(vo, ctx) {
  const { report, urlCheck, summary } = ctx;
  if (vo.ns !== NS.overrides) report(`<VersionOverrides> must be in namespace ${NS.overrides}`);
  const type = attrByNs(vo, NS.xsi, "type");
  if (type !== "VersionOverridesV1_0") report(`<VersionOverrides> xsi:type must be "VersionOverridesV1_0", found "${type ?? ""}"`);

  for (const el of walk(vo)) {
    const order = NESTED_ORDER[el.local];
    if (order) checkOrder(el, el.local, order, report);
  }

  const voHosts = child(vo, "Hosts");
  const docHost = voHosts && children(voHosts, "Host").find((h) => attrByNs(h, NS.xsi, "type") === "Document");
  if (!docHost) report('<VersionOverrides> needs <Hosts><Host xsi:type="Document"> for Word');

  // Resources: collect definitions.
  const resources = child(vo, "Resources");
  const defs = new Map(); // id -> { kind, value, el }
  if (!resources) {
    report("missing <Resources> in <VersionOverrides>");
  } else {
    for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
      const group = child(resources, kind);
      if (!group) continue;
      for (const item of group.children) {
        const rid = item.attrs.id;
        const where = `bt:${kind} "${rid ?? ""}"`;
        if (!rid) {
          report(`a resource in bt:${kind} (line ${item.line}) has no id`);
          continue;
        }
        if (lengthOf(rid) > LIMITS.ResourceId) report(`resource id "${rid}" is longer than ${LIMITS.ResourceId} characters`);
        if (defs.has(rid)) report(`resource id "${rid}" is defined more than once`);
        defs.set(rid, { kind, value: item.attrs.DefaultValue, el: item });
        if (kind === "Images" || kind === "Urls") checkLocaleAware(item, where, urlCheck, report);
        else checkLocaleAware(item, where, (v, w) => checkString(v, w, LIMITS[kind], report), report);
      }
    }
    summary.resources = defs.size;
  }

  // Every resid must be defined, in the collection its element reads from.
  const imageSizes = new Map(); // image id -> Set of sizes it is used at
  for (const el of walk(vo)) {
    if (el.local === "Resources") continue;
    if (el.local === "Icon" && el.ns !== NS.bt) {
      const sizes = children(el, "Image").map((i) => Number(i.attrs.size));
      const missing = RIBBON_ICON_SIZES.filter((s) => !sizes.includes(s));
      if (missing.length) report(`<Icon> (line ${el.line}) needs bt:Image sizes ${missing.join(", ")}`);
    }
    const rid = el.attrs.resid;
    if (rid === undefined) continue;
    if (insideResources(vo, el)) continue;
    const def = defs.get(rid);
    const want = RESID_KIND[el.local];
    if (!def) {
      report(`resid "${rid}" on <${el.local}> (line ${el.line}) is not defined in <Resources>`);
      continue;
    }
    if (want && def.kind !== want) {
      report(`resid "${rid}" on <${el.local}> (line ${el.line}) must name a bt:${want} entry, but it is in bt:${def.kind}`);
    }
    if (el.local === "Image" && el.attrs.size) {
      if (!imageSizes.has(rid)) imageSizes.set(rid, new Set());
      imageSizes.get(rid).add(Number(el.attrs.size));
    }
  }

  for (const [rid, sizes] of imageSizes) {
    const def = defs.get(rid);
    if (!def || def.value === undefined || !urlCheckQuiet(def.value, ctx.base)) continue;
    summary.icons += checkIconFile(def.value, `bt:Image "${rid}"`, [...sizes], ctx.base, ctx.rootDir, report);
  }

  const hasShowTaskpane = [...walk(vo)].some((el) => el.local === "Action" && attrByNs(el, NS.xsi, "type") === "ShowTaskpane");
  if (!hasShowTaskpane) report('<VersionOverrides> needs a ribbon <Control> with <Action xsi:type="ShowTaskpane">');
}

/** Same conditions as checkUrl, without reporting (already reported when the resource was read). */
function urlCheckQuiet(value, base) {
  const url = parseUrl(value);
  return !!url && url.protocol === "https:" && (!base || url.origin === base.origin);
}

function insideResources(vo, target) {
  const resources = child(vo, "Resources");
  if (!resources) return false;
  for (const el of walk(resources)) if (el === target) return true;
  return false;
}

module.exports = { validateManifest, OFFICE_APP_ORDER, REQUIRED };
