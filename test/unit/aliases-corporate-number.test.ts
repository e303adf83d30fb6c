// The dictionary's optional fourth column, corporate_number: read and checked when present, absent otherwise.
import {describe, expect, it} from "vitest";
import {parseAliasesText} from "../../loaders/names/aliases-file.js";

describe("the corporate_number column of a dictionary file", () => {
  it("keeps a valid 法人番号 with its entry and leaves three-column rows as they were", () => {
    const file = parseAliasesText(
      "name,entity,group,corporate_number\n架空A株式会社,架空A株式会社,,7000012050002\n架空B,架空B株式会社,,\n"
    );
    expect(file.errors).toEqual([]);
    expect(file.entries).toEqual([
      {name: "架空A株式会社", entity: "架空A株式会社", group: "", line: 2, corporateNumber: "7000012050002"},
      {name: "架空B", entity: "架空B株式会社", group: "", line: 3}
    ]);
    const threeColumns = parseAliasesText("name,entity,group\n架空B,架空B株式会社,\n");
    expect(threeColumns.entries).toEqual([{name: "架空B", entity: "架空B株式会社", group: "", line: 2}]);
    expect("corporateNumber" in threeColumns.entries[0]!).toBe(false);
  });

  it("reports a wrong check digit on its line and leaves the row out", () => {
    const file = parseAliasesText("name,entity,corporate_number\n架空A,架空A株式会社,7000012050003\n架空C,架空C株式会社,\n");
    expect(file.entries.map((e) => e.name)).toEqual(["架空C"]);
    expect(file.errors).toEqual([
      {line: 2, message: `corporate_number of "架空A": 法人番号 "7000012050003": its check digit 7 should be 6 for the other 12 digits (a typo?)`}
    ]);
  });
});
