import { describe, expect, it } from "vitest";

import { hasRole, isTeamRole, roleWithArticle } from "./roles";

describe("roles", () => {
  it("orders owner above editor above viewer", () => {
    expect(hasRole("owner", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("editor", "owner")).toBe(false);
  });

  it("puts the right article before each role", () => {
    expect(roleWithArticle("owner")).toBe("an owner");
    expect(roleWithArticle("editor")).toBe("an editor");
    expect(roleWithArticle("viewer")).toBe("a viewer");
  });

  it("recognises only the three roles", () => {
    expect(isTeamRole("viewer")).toBe(true);
    expect(isTeamRole("admin")).toBe(false);
    expect(isTeamRole(undefined)).toBe(false);
  });
});
