// How the site names an ingested file (loaders/site/display-path.ts): inside the inbox by its path there, anywhere
// else by its file name, whatever form the warehouse kept the path in and on either platform's rules.

import path from "node:path";
import {describe, expect, test} from "vitest";
import {displayPath} from "../../loaders/site/display-path.js";

describe("on POSIX paths", () => {
  const options = {inbox: "/srv/atlas/data/inbox", base: "/srv/atlas", paths: path.posix};
  const shown = (filePath: string) => displayPath({filePath, fileName: path.posix.basename(filePath)}, options);

  test("an inbox file by its path inside the inbox, folders joined with /", () => {
    expect(shown("/srv/atlas/data/inbox/kpi-2024.csv")).toBe("kpi-2024.csv");
    expect(shown("/srv/atlas/data/inbox/全固体電池/2024/export-1.csv")).toBe("全固体電池/2024/export-1.csv");
  });

  test("a relative path is taken from the project folder, where npm runs every script", () => {
    expect(shown("data/inbox/電池/a.csv")).toBe("電池/a.csv");
    expect(shown("./data/inbox/../inbox/b.csv")).toBe("b.csv");
    expect(shown("../elsewhere/c.csv")).toBe("c.csv");
  });

  test("any other file, the bundled sample included, by its file name alone", () => {
    expect(shown("/home/tanaka/Downloads/export.csv")).toBe("export.csv");
    expect(shown("/srv/atlas/data/sample/patents/sample-01.csv")).toBe("sample-01.csv");
    expect(shown("data/sample/kpi/kpi-sample.csv")).toBe("kpi-sample.csv");
  });

  test("a sibling folder whose name starts like the inbox's is not the inbox", () => {
    expect(shown("/srv/atlas/data/inbox-review/x.csv")).toBe("x.csv");
    expect(shown("/srv/atlas/data/inbox2/y.csv")).toBe("y.csv");
  });

  test("a folder inside the inbox whose name starts with two dots is still inside it", () => {
    expect(shown("/srv/atlas/data/inbox/..old/z.csv")).toBe("..old/z.csv");
  });
});

describe("on Windows paths", () => {
  const options = {inbox: "C:\\Users\\tanaka\\chizai-atlas\\data\\inbox", base: "C:\\Users\\tanaka\\chizai-atlas", paths: path.win32};
  const shown = (filePath: string) => displayPath({filePath, fileName: path.win32.basename(filePath)}, options);

  test("an inbox file by its path inside the inbox, with / between folders, whatever the letter case", () => {
    expect(shown("C:\\Users\\tanaka\\chizai-atlas\\data\\inbox\\関東\\kpi.csv")).toBe("関東/kpi.csv");
    expect(shown("c:\\users\\TANAKA\\chizai-atlas\\DATA\\inbox\\a.csv")).toBe("a.csv");
    expect(shown("data\\inbox\\b.csv")).toBe("b.csv");
  });

  test("files elsewhere, on another drive or on a network share, by their file name", () => {
    expect(shown("D:\\exports\\2024\\export.csv")).toBe("export.csv");
    expect(shown("\\\\fileserver\\share\\局\\kpi.csv")).toBe("kpi.csv");
  });
});

test("outside the inbox the name is the warehouse's file_name, not a split of a path from another platform", () => {
  const posix = {inbox: "/srv/atlas/data/inbox", base: "/srv/atlas", paths: path.posix};
  expect(displayPath({filePath: "C:\\Users\\tanaka\\Desktop\\export.csv", fileName: "export.csv"}, posix)).toBe("export.csv");
});
