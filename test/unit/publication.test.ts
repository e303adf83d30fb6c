import {describe, expect, test} from "vitest";
import {isPublicationBuild, PUBLISH_ENV} from "../../loaders/site/publication.js";

describe("isPublicationBuild", () => {
  test("CHIZAI_PUBLISH set to a yes-like value makes a publication build", () => {
    for (const value of ["1", "true", "yes", "TRUE", " 1 "]) expect(isPublicationBuild({[PUBLISH_ENV]: value})).toBe(true);
  });

  test("unset, empty or a no-like value keeps the local build", () => {
    expect(isPublicationBuild({})).toBe(false);
    for (const value of ["", "0", "false", "no", "False"]) expect(isPublicationBuild({[PUBLISH_ENV]: value})).toBe(false);
  });
});
