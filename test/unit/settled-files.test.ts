import {describe, expect, it} from "vitest";
import {SettledFiles} from "../../loaders/serve/settled-files.js";

const file = (path: string, signature: string) => ({path, signature});

describe("files settled in the inbox", () => {
  it("takes a new file only once its size and time have stayed the same for the stable time", () => {
    const settled = new SettledFiles(2000);
    expect(settled.observe([file("a.csv", "10:1")], 0)).toEqual([]);
    expect(settled.observe([file("a.csv", "10:1")], 1999)).toEqual([]);
    expect(settled.observe([file("a.csv", "10:1")], 2000)).toEqual([file("a.csv", "10:1")]);
  });

  it("starts the wait again while the file grows", () => {
    const settled = new SettledFiles(2000);
    settled.observe([file("a.csv", "10:1")], 0);
    expect(settled.observe([file("a.csv", "20:2")], 1500)).toEqual([]);
    expect(settled.observe([file("a.csv", "20:2")], 3000)).toEqual([]);
    expect(settled.observe([file("a.csv", "20:2")], 3500)).toEqual([file("a.csv", "20:2")]);
  });

  it("takes an ingested file again only when it changes, and offers a file again until it is marked", () => {
    const settled = new SettledFiles(1000);
    settled.markIngested(file("old.csv", "5:1"));
    settled.observe([file("old.csv", "5:1"), file("new.csv", "7:1")], 0);
    const ready = settled.observe([file("old.csv", "5:1"), file("new.csv", "7:1")], 1000);
    expect(ready).toEqual([file("new.csv", "7:1")]);
    // Not marked (the warehouse was busy): offered again on the next look.
    expect(settled.observe([file("old.csv", "5:1"), file("new.csv", "7:1")], 2000)).toEqual([file("new.csv", "7:1")]);
    settled.markIngested(file("new.csv", "7:1"));
    expect(settled.observe([file("old.csv", "5:1"), file("new.csv", "7:1")], 3000)).toEqual([]);
    settled.observe([file("old.csv", "6:2")], 4000);
    expect(settled.observe([file("old.csv", "6:2")], 5000)).toEqual([file("old.csv", "6:2")]);
  });

  it("forgets a file that disappears before it settles", () => {
    const settled = new SettledFiles(1000);
    settled.observe([file("a.csv", "1:1")], 0);
    settled.observe([], 500);
    expect(settled.observe([file("a.csv", "1:1")], 1200)).toEqual([]);
  });
});
