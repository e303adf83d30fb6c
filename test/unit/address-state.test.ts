// @vitest-environment jsdom
// Keeping a page's state in its address (address-state.ts) and the print view's switch (print-view.ts).
import {describe, expect, test} from "vitest";
import {addressChanges, markUserChoice, trackUserChoices, writeAddress} from "../../src/components/address-state.js";
import {enterPrintLayout, printBar, PRINT_DOCUMENTS_CLASS, PRINT_LAYOUT_CLASS} from "../../src/components/print-view.js";

describe("writeAddress", () => {
  test("normalising replaces, a user's choice pushes, an unchanged address writes nothing", () => {
    history.replaceState(null, "", "/region.html#top");
    const start = history.length;
    expect(writeAddress("?fy=2024")).toBe("replace");
    expect(history.length).toBe(start);
    expect(location.search).toBe("?fy=2024");
    expect(location.hash).toBe("#top");
    trackUserChoices();
    document.body.append(document.createElement("select"));
    document.querySelector("select")!.dispatchEvent(new Event("input", {bubbles: true}));
    expect(writeAddress("?fy=2023")).toBe("push");
    expect(history.length).toBe(start + 1);
    // The choice was spent: a second write in the same redraw (a dependent input) replaces.
    expect(writeAddress("?fy=2023&metric=m")).toBe("replace");
    expect(history.length).toBe(start + 1);
    markUserChoice();
    expect(writeAddress("?fy=2023&metric=m")).toBe("none");
    // …and a choice that changed nothing is not carried over to the next write.
    expect(writeAddress("?fy=2022")).toBe("replace");
  });

  test("addressChanges reports the address now and after Back/Forward, and stops when disposed", () => {
    history.replaceState(null, "", "/programs.html?program=a");
    const seen: string[] = [];
    const dispose = addressChanges((search) => seen.push(search));
    history.pushState(null, "", "/programs.html?program=b");
    history.replaceState(null, "", "/programs.html?program=a");
    dispatchEvent(new PopStateEvent("popstate"));
    dispose();
    dispatchEvent(new PopStateEvent("popstate"));
    expect(seen).toEqual(["?program=a", "?program=a"]);
  });
});

describe("print view", () => {
  test("the button shows the print layout with its bar; 戻る and Escape leave it", () => {
    // jsdom does not scroll.
    window.scrollTo = (() => {}) as typeof window.scrollTo;
    const bar = printBar({documents: true});
    document.body.append(bar);
    bar.querySelector("button")!.click();
    expect(document.body.classList.contains(PRINT_LAYOUT_CLASS)).toBe(true);
    const preview = document.querySelector(".print-preview-bar")!;
    expect([...preview.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["印刷", "戻る"]);
    const box = preview.querySelector("input[type=checkbox]") as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(document.body.classList.contains(PRINT_DOCUMENTS_CLASS)).toBe(true);
    (preview.querySelectorAll("button")[1] as HTMLButtonElement).click();
    expect(document.body.classList.contains(PRINT_LAYOUT_CLASS)).toBe(false);
    expect(document.querySelector(".print-preview-bar")).toBeNull();
    enterPrintLayout();
    expect(document.querySelectorAll(".print-preview-bar input")).toHaveLength(0);
    dispatchEvent(new KeyboardEvent("keydown", {key: "Escape"}));
    expect(document.body.classList.contains(PRINT_LAYOUT_CLASS)).toBe(false);
  });
});
