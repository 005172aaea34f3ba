import { describe, expect, it } from "vitest";

import { authenticate } from "@/server/services/auth/authenticate";
import { FACTORY_PASSWORD, createUser } from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

describe("account", () => {
  it("shows and renames the caller's own account", async () => {
    const user = await createUser(t.db);
    const caller = callerFor(t.db, user.id);
    expect(await caller.account.get()).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      hasPassword: true,
    });
    expect((await caller.account.update({ name: "  Renamed Person " })).name).toBe("Renamed Person");
  });

  it("changes the password only with the current one", async () => {
    const user = await createUser(t.db);
    const caller = callerFor(t.db, user.id);
    const wrong = await expectTRPCError(
      caller.account.changePassword({
        currentPassword: "not it at all",
        newPassword: "a fresh passphrase 9",
      }),
      "BAD_REQUEST",
    );
    expect(wrong.message).toBe("The current password is not correct.");
    await caller.account.changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: "a fresh passphrase 9",
    });
    expect(
      (await authenticate({ db: t.db }, { email: user.email, password: "a fresh passphrase 9" })).id,
    ).toBe(user.id);
  });

  it("refuses a weak new password and keeps the old one", async () => {
    const user = await createUser(t.db);
    await expectTRPCError(
      callerFor(t.db, user.id).account.changePassword({
        currentPassword: FACTORY_PASSWORD,
        newPassword: "123456789",
      }),
      "BAD_REQUEST",
    );
    expect((await authenticate({ db: t.db }, { email: user.email, password: FACTORY_PASSWORD })).id).toBe(
      user.id,
    );
  });
});
