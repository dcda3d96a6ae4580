import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { validateManifest } from "../../scripts/validate-manifest";
import { rewriteManifestUrls } from "../../scripts/manifest/rewrite-urls";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

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

function validate(xml: string, rootDir = ROOT) {
  return validateManifest(xml, { rootDir });
}

/** The top-level <name> element of OfficeApp (indented two spaces), self-closing or not. */
function topLevelElement(xml: string, name: string): string {
  const start = xml.indexOf(`\n  <${name}`);
  if (start < 0) throw new Error(`no top-level <${name}> in the manifest`);
  const open = xml.indexOf(">", start);
  // The first closing tag after it is its own: no top-level element nests one of the same name.
  const end = xml[open - 1] === "/" ? open + 1 : xml.indexOf(`</${name}>`, open) + `</${name}>`.length;
  return xml.slice(start, end);
}

function without(xml: string, name: string): string {
  return xml.replace(topLevelElement(xml, name), "");
}

describe("validateManifest", () => {
  it("accepts the project's manifest", () => {
    const result = validate(MANIFEST);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary.id).toBe("33a2b467-7adf-4b7a-9225-bad9b25241e5");
    expect(result.summary.icons).toBeGreaterThanOrEqual(5);
  });

  it.each(REQUIRED)("fails, naming it, when <%s> is removed", (name) => {
    const result = validate(without(MANIFEST, name));
    expect(result.ok).toBe(false);
    expect(result.problems).toContain(`missing required element <${name}> in <OfficeApp>`);
  });

  it("fails when top-level elements are out of schema order", () => {
    const version = topLevelElement(MANIFEST, "Version");
    const swapped = without(MANIFEST, "Version").replace("\n  <Permissions>", `${version}\n  <Permissions>`);
    const result = validate(swapped);
    expect(result.ok).toBe(false);
    expect(result.problems.join("\n")).toMatch(/<Version> must come before <DefaultSettings> in <OfficeApp>/);
    // Swapping two neighbours is caught too.
    const neighbours = MANIFEST.replace(/(<DisplayName [^>]*\/>)(\s*)(<Description [^>]*\/>)/, "$3$2$1");
    expect(validate(neighbours).problems.join("\n")).toMatch(/<DisplayName> must come before <Description> in <OfficeApp>/);
  });

  it("fails when elements inside VersionOverrides are out of order", () => {
    const reordered = MANIFEST.replace(
      /(<Label resid="BienBan.TaskpaneButton.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/,
      "$3$2$1",
    );
    expect(reordered).not.toBe(MANIFEST);
    expect(validate(reordered).problems.join("\n")).toMatch(/<Label> must come before <Supertip> in <Control>/);
  });

  it("fails on a resid that Resources does not define", () => {
    const result = validate(MANIFEST.replace('<Label resid="BienBan.Group.Label"/>', '<Label resid="Nowhere.Label"/>'));
    expect(result.ok).toBe(false);
    expect(result.problems.join("\n")).toMatch(/resid "Nowhere.Label" on <Label> \(line \d+\) is not defined/);
  });

  it("fails on a resid that points into the wrong kind of resource", () => {
    const result = validate(MANIFEST.replace('<Label resid="BienBan.Group.Label"/>', '<Label resid="Taskpane.Url"/>'));
    expect(result.problems.join("\n")).toMatch(/must name a bt:ShortStrings entry, but it is in bt:Urls/);
  });

  it("fails when an icon file is missing", () => {
    const result = validate(MANIFEST.replace(/assets\/icon-80\.png/g, "assets/icon-81.png"));
    expect(result.ok).toBe(false);
    expect(result.problems.join("\n")).toMatch(/icon file assets\/icon-81\.png does not exist/);
  });

  it("fails when an icon has the wrong pixel size", () => {
    const result = validate(MANIFEST.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'));
    expect(result.problems.join("\n")).toMatch(/icon-64\.png is 64x64 px but is used at 80x80/);
  });

  it("fails when the Id is not a GUID", () => {
    const result = validate(MANIFEST.replace(/<Id>[^<]*<\/Id>/, "<Id>bienban-addin</Id>"));
    expect(result.ok).toBe(false);
    expect(result.problems.join("\n")).toMatch(/<Id> must be a GUID/);
  });

  it("fails when the Version is not n.n.n.n", () => {
    expect(validate(MANIFEST.replace("<Version>1.0.0.0</Version>", "<Version>1.0</Version>")).problems.join("\n")).toMatch(
      /<Version> must be n\.n\.n\.n/,
    );
  });

  it("fails when WordApi is below 1.3 or Permissions are not ReadWriteDocument", () => {
    const low = validate(MANIFEST.replace('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="WordApi" MinVersion="1.1"/>'));
    expect(low.problems.join("\n")).toMatch(/WordApi MinVersion must be at least 1\.3/);
    const perms = validate(MANIFEST.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"));
    expect(perms.problems.join("\n")).toMatch(/<Permissions> must be ReadWriteDocument/);
  });

  it("fails on http URLs and on URLs off the SourceLocation's origin", () => {
    const http = validate(MANIFEST.replace('DefaultValue="https://localhost:3000/help.html"/>\n  <AppDomains>', 'DefaultValue="http://localhost:3000/help.html"/>\n  <AppDomains>'));
    expect(http.problems.join("\n")).toMatch(/<SupportUrl> must use https/);
    const foreign = validate(MANIFEST.replace('id="Taskpane.Url" DefaultValue="https://localhost:3000/', 'id="Taskpane.Url" DefaultValue="https://example.com/'));
    expect(foreign.problems.join("\n")).toMatch(/bt:Urls "Taskpane.Url" must be on the add-in's origin https:\/\/localhost:3000/);
  });

  it("enforces the string length limits", () => {
    const long = "a".repeat(126);
    const result = validate(MANIFEST.replace('<DisplayName DefaultValue="Biên bản Chi bộ"/>', `<DisplayName DefaultValue="${long}"/>`));
    expect(result.problems.join("\n")).toMatch(/<DisplayName> is 126 characters, more than the limit of 125/);
    const longer = validate(MANIFEST.replace('DefaultValue="Chi bộ"/>', `DefaultValue="${long}"/>`));
    expect(longer.problems.join("\n")).toMatch(/bt:ShortStrings "BienBan.Group.Label" is 126 characters/);
    const desc = validate(MANIFEST.replace(/(<bt:String id="BienBan.TaskpaneButton.Tooltip" DefaultValue=")[^"]*/, `$1${"b".repeat(251)}`));
    expect(desc.problems.join("\n")).toMatch(/is 251 characters, more than the limit of 250/);
  });

  it("reports XML that is not well-formed with its line", () => {
    const result = validate(MANIFEST.replace("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>"));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^not well-formed XML at line \d+, column \d+: expected <\/Hosts> but found <\/Host>/);
  });

  it("checks the root element's type and namespace", () => {
    const result = validate(MANIFEST.replace('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'));
    expect(result.problems).toContain('<OfficeApp> xsi:type must be "TaskPaneApp", found "ContentApp"');
  });

  it("accepts the manifest rewritten for a production URL", () => {
    const prod = rewriteManifestUrls(MANIFEST, "https://bienban.example.org/addin");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://bienban.example.org/addin/taskpane.html"/>');
    expect(prod).toContain("<AppDomain>https://bienban.example.org</AppDomain>");
    // The icons live below the folder of taskpane.html, i.e. rootDir + assets/.
    expect(validate(prod).problems).toEqual([]);
  });
});

describe("scripts/validate-manifest.js", () => {
  const cli = path.join(ROOT, "scripts/validate-manifest.js");

  it("exits 0 with one success line for the real manifest", () => {
    const run = spawnSync(process.execPath, [cli, path.join(ROOT, "manifest.xml")], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toMatch(/valid \(Id 33a2b467-7adf-4b7a-9225-bad9b25241e5/);
  });

  it("exits 1 with one line per problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-manifest-"));
    try {
      const broken = MANIFEST.replace(/<Id>[^<]*<\/Id>/, "<Id>x</Id>").replace("<Version>1.0.0.0</Version>", "<Version>1</Version>");
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, broken);
      fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
      const run = spawnSync(process.execPath, [cli, file], { encoding: "utf8" });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/<Id> must be a GUID/);
      expect(lines[1]).toMatch(/<Version> must be n\.n\.n\.n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
