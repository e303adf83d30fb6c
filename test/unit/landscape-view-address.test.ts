import {describe, expect, test} from "vitest";
import {chipLabel, withChip, withoutChip} from "../../src/components/landscape/chip-bar.js";
import {addressedView, watchView} from "../../src/components/landscape/view-address.js";
import {parseView, type LandscapeView} from "../../src/components/landscape/view-state.js";

/** A window with a history stack, as much of one as addressedView uses. */
function fakeWindow(search: string) {
  const entries = [`/landscape.html${search}`];
  let at = 0;
  const popListeners: (() => void)[] = [];
  const location = {
    get pathname() {
      return entries[at]!.replace(/[?#].*$/, "");
    },
    get search() {
      const match = /\?[^#]*/.exec(entries[at]!);
      return match ? match[0] : "";
    },
    hash: ""
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(at + 1, entries.length, url);
        ++at;
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[at] = url;
      }
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === "popstate") popListeners.push(listener);
    }
  };
  const go = (delta: number) => {
    at += delta;
    for (const listener of popListeners) listener();
  };
  return {win: win as unknown as Window, entries, go, current: () => entries[at]!};
}

describe("addressedView", () => {
  test("reads the address, pushes drills, replaces typing, restores on Back/Forward", () => {
    const {win, entries, go, current} = fakeWindow("?collection=LiDAR");
    const address = addressedView(win);
    const seen: [string, string][] = [];
    address.subscribe((view, cause) => seen.push([view.q || view.chips.map((c) => c.value).join() || "-", cause]));
    expect(address.current().collections).toEqual(["LiDAR"]);

    address.update((v) => withChip(v, {kind: "year", value: "2015"}), "push");
    address.update({q: "センサ"}, "replace");
    expect(entries).toEqual(["/landscape.html?collection=LiDAR", "/landscape.html?collection=LiDAR&q=%E3%82%BB%E3%83%B3%E3%82%B5&chip=year%3A2015"]);
    // The same view again changes nothing.
    address.update({q: "センサ"}, "push");
    expect(entries).toHaveLength(2);

    go(-1);
    expect(address.current().chips).toEqual([]);
    expect(address.current().q).toBe("");
    go(1);
    expect(parseView(current().replace(/^[^?]*/, ""))).toEqual(address.current());
    expect(seen).toEqual([
      ["2015", "change"],
      ["センサ", "change"],
      ["-", "history"],
      ["センサ", "history"]
    ]);
  });

  test("watchView notifies only when its part changes", () => {
    const {win} = fakeWindow("");
    const address = addressedView(win);
    const years: unknown[] = [];
    watchView(address, (v: LandscapeView) => ({basis: v.basis, yearKind: v.yearKind}))((value) => years.push(value));
    address.update({q: "a"}, "replace");
    address.update({basis: "publication"}, "push");
    address.update({applicant: "x"}, "replace");
    expect(years).toEqual([
      {basis: "filing", yearKind: "calendar"},
      {basis: "publication", yearKind: "calendar"}
    ]);
  });
});

describe("chips", () => {
  test("Japanese labels per kind, with the view's kind of year", () => {
    expect(chipLabel({kind: "year", value: "2015"}, "calendar")).toBe("2015年");
    expect(chipLabel({kind: "year", value: "2015"}, "fiscal")).toBe("2015年度");
    expect(chipLabel({kind: "stack", value: "2015|審査中"}, "calendar")).toBe("2015年・審査中");
    expect(chipLabel({kind: "applicant", value: "トヨタ自動車株式会社"}, "calendar")).toBe("出願人: トヨタ自動車株式会社");
    expect(chipLabel({kind: "fi", value: "G01S"}, "calendar")).toBe("FI: G01S");
    expect(chipLabel({kind: "cell", value: "A\\|B社|G01S17"}, "calendar")).toBe("A|B社 × FI: G01S17");
    expect(chipLabel({kind: "pair", value: "A|B"}, "calendar")).toBe("共同出願: A・B");
    expect(chipLabel({kind: "stage", value: "審査中"}, "calendar")).toBe("ステージ: 審査中");
    expect(chipLabel({kind: "event", value: "登録"}, "calendar")).toBe("手続: 登録");
    expect(chipLabel({kind: "entrant", value: "2019"}, "calendar")).toBe("2019年の新規参入者");
  });

  test("a chip is added once and removed by kind and value", () => {
    const view = parseView("chip=year:2015");
    expect(withChip(view, {kind: "year", value: "2015"})).toBe(view);
    const two = withChip(view, {kind: "fi", value: "G01S"});
    expect(two.chips).toHaveLength(2);
    expect(withoutChip(two, {kind: "year", value: "2015"}).chips).toEqual([{kind: "fi", value: "G01S"}]);
  });
});
