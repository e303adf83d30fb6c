import {existsSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {pageHref} from "../../src/components/page-link.js";
import {SITE_PAGES} from "../../src/components/site-pages.js";

describe("pageHref", () => {
  test("names the page's .html file, relative, with the parameters URL-encoded", () => {
    expect(pageHref("region")).toBe("./region.html");
    expect(pageHref("region", {})).toBe("./region.html");
    expect(pageHref("applicant", {name: "架空 電機&<株>", mode: "name"})).toBe(
      "./applicant.html?name=%E6%9E%B6%E7%A9%BA+%E9%9B%BB%E6%A9%9F%26%3C%E6%A0%AA%3E&mode=name"
    );
  });

  test("takes parameters in every form URLSearchParams does, repeated keys included", () => {
    const expected = "./programs.html?program=ipas&bureau=%E9%96%A2%E6%9D%B1";
    expect(pageHref("programs", "?program=ipas&bureau=%E9%96%A2%E6%9D%B1")).toBe(expected);
    expect(pageHref("programs", [["program", "ipas"], ["bureau", "関東"]])).toBe(expected);
    expect(pageHref("programs", new URLSearchParams({program: "ipas", bureau: "関東"}))).toBe(expected);
    expect(pageHref("landscape", [["fi", "H01M"], ["fi", "G06F"]])).toBe("./landscape.html?fi=H01M&fi=G06F");
  });
});

describe("SITE_PAGES", () => {
  test("every listed page has its Markdown source", () => {
    const missing = SITE_PAGES.filter((page) => !existsSync(new URL(`../../src${page.path}.md`, import.meta.url)));
    expect(missing).toEqual([]);
    expect(new Set(SITE_PAGES.map((page) => page.path)).size).toBe(SITE_PAGES.length);
  });
});
