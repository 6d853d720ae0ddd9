// The SVG timeline: well-formed, escaped, deterministic, and showing what it says it shows.
import { afterEach, describe, expect, it } from "vitest";
import { renderPictures, stalePictures } from "../../scripts/render-pictures";
import { STATUS_STYLE, formatTimelineSvg, xmlEscape } from "../../src/adapters/svg";
import { deadline, exampleTimeline, handMadeTimeline } from "./fixtures";
import { xmlProblems } from "./xml";

/** The document is well-formed XML (see ./xml.ts). */
function expectWellFormed(svg: string): void {
  expect(xmlProblems(svg)).toEqual([]);
}

describe("formatTimelineSvg", () => {
  const example = exampleTimeline();
  const svg = formatTimelineSvg(example);

  it("is a well-formed SVG document", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expectWellFormed(svg);
  });

  it("has one row per deadline, a bar coloured by status, and a marker where each was done", () => {
    const rows = svg.split("\n").filter((line) => line.startsWith("<g>"));
    expect(rows).toHaveLength(example.deadlines.length);
    for (const [i, d] of example.deadlines.entries()) {
      const row = rows[i] ?? "";
      expect(row).toContain(`fill="${STATUS_STYLE[d.status].fill}"`);
      expect(row.includes("<path")).toBe(d.doneOn !== null);
      expect(row).toContain(d.due === null ? "no date" : `due ${d.due}`);
    }
  });

  it("has month ticks, the as-of line and a legend of the statuses shown", () => {
    for (const month of ["Sep 2024", ">Oct<", ">Nov<", ">Dec<", "Jan 2025"]) expect(svg).toContain(month);
    expect(svg).toContain("as of 10 Jan 2025");
    for (const label of ["Pending", "Late", "Met", "Window closed", "Not applicable", "Done on", "As of"]) expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toContain(">Overdue</text>");
  });

  it("escapes caller text: <&\"'> in a case id and a title", () => {
    const t = handMadeTimeline(`<&"'> x`, [deadline({ key: "k<&>", title: `A <b>&"'</b>`, due: "2025-01-22" })]);
    const out = formatTimelineSvg(t);
    expectWellFormed(out);
    expect(out).toContain("EHC deadlines &lt;&amp;&quot;&apos;&gt; x");
    expect(out).toContain("A &lt;b&gt;&amp;&quot;&apos;&lt;/b&gt;");
    expect(out).not.toContain(`<&"'>`);
  });

  it("replaces characters XML cannot hold", () => {
    expect(xmlEscape("a\u0000b\u0007c\ud800d\n\te")).toBe("a\ufffdb\ufffdc\ufffdd\n\te");
    expect(xmlEscape("😀")).toBe("😀");
  });

  it("draws undated deadlines and hand-made bad dates as rows without bars", () => {
    const t = handMadeTimeline("C-1", [deadline({ key: "a", title: "No date", due: null }), deadline({ key: "b", title: "Bad", due: "2025-02-30" })]);
    const out = formatTimelineSvg(t);
    expectWellFormed(out);
    expect(out.split("\n").filter((l) => l.startsWith("<g>"))).toHaveLength(2);
    expect(out).not.toContain('rx="3"');
  });

  describe("determinism", () => {
    const original = process.env["TZ"];
    afterEach(() => {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    });

    it("gives the same bytes for the same timeline, in any machine time zone", () => {
      const outputs = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) => {
        process.env["TZ"] = zone;
        return formatTimelineSvg(exampleTimeline());
      });
      expect(new Set([svg, ...outputs]).size).toBe(1);
    });
  });
});

describe("docs/pictures.md", () => {
  it("shows what scripts/render-pictures.ts renders now (run it after changing an adapter)", () => {
    expect(renderPictures().map((p) => p.path)).toEqual(["docs/images/assessment-on-time.svg", "docs/pictures.md"]);
    expect(stalePictures()).toEqual([]);
  });
});
