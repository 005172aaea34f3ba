import { describe, expect, it } from "vitest";

import { AppError } from "@/server/errors";
import { FACTORY_PASSWORD, createUser } from "@/server/testing/factories";
import { setupTestDatabase } from "@/server/testing/test-database";

import { authenticate } from "./authenticate";

const t = setupTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("authenticate", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const user = await createUser(t.db);
    const result = await authenticate(
      { db: t.db },
      { email: user.email.toUpperCase(), password: FACTORY_PASSWORD },
    );
    expect(result.id).toBe(user.id);
  });

  it("gives the same error for an unknown email and a wrong password", async () => {
    const user = await createUser(t.db);
    const wrong = await failure(
      authenticate({ db: t.db }, { email: user.email, password: "not the password" }),
    );
    const unknown = await failure(
      authenticate({ db: t.db }, { email: "nobody-x@test.example", password: "whatever1" }),
    );
    expect(wrong.code).toBe("INVALID_CREDENTIALS");
    expect(unknown.code).toBe("INVALID_CREDENTIALS");
    expect(wrong.message).toBe(unknown.message);
  });

  it("locks the account on the fifth wrong password, even against the right one", async () => {
    const user = await createUser(t.db);
    const now = new Date("2026-03-01T12:00:00Z");
    for (let i = 0; i < 4; i++) {
      expect(
        (await failure(authenticate({ db: t.db }, { email: user.email, password: `wrong-${i}-pw`, now })))
          .code,
      ).toBe("INVALID_CREDENTIALS");
    }
    const fifth = await failure(
      authenticate({ db: t.db }, { email: user.email, password: "wrong-5-pw", now }),
    );
    expect(fifth.code).toBe("SIGN_IN_THROTTLED");
    expect(fifth.message).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    const right = await failure(
      authenticate({ db: t.db }, { email: user.email, password: FACTORY_PASSWORD, now }),
    );
    expect(right.code).toBe("SIGN_IN_THROTTLED");
    const later = new Date(now.getTime() + 61_000);
    expect(
      (await authenticate({ db: t.db }, { email: user.email, password: FACTORY_PASSWORD, now: later })).id,
    ).toBe(user.id);
  });

  it("throttles one address spraying many accounts", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const now = new Date("2026-03-02T12:00:00Z");
    let last: AppError | undefined;
    for (let i = 0; i < 30; i++) {
      last = await failure(
        authenticate(
          { db: t.db },
          { email: `spray-${i}-${ip}@test.example`, password: "guess-guess", ip, now },
        ),
      );
    }
    expect(last?.code).toBe("SIGN_IN_THROTTLED");
    const user = await createUser(t.db);
    const blocked = await failure(
      authenticate({ db: t.db }, { email: user.email, password: FACTORY_PASSWORD, ip, now }),
    );
    expect(blocked.code).toBe("SIGN_IN_THROTTLED");
    expect(blocked.message).toMatch(/Try again in 15 minutes/);
  });
});
