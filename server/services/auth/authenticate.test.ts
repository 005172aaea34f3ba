import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { signInAttempts } from "@/db/schema";
import { AppError } from "@/server/errors";
import { FACTORY_PASSWORD, createUser } from "@/server/testing/factories";
import { setupTestDatabase } from "@/server/testing/test-database";

import { authenticate } from "./authenticate";

const t = setupTestDatabase();
/** A fresh client address per use: counts on a shared server database must not carry over between runs. */
const anyAddress = () => `203.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

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

  it("checks at most five passwords when fifty wrong ones arrive at once from one address", async () => {
    const user = await createUser(t.db);
    const ip = anyAddress();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        failure(authenticate({ db: t.db }, { email: user.email, password: `parallel-guess-${i}`, ip })),
      ),
    );
    const wrong = results.filter((error) => error.code === "INVALID_CREDENTIALS").length;
    const throttled = results.filter((error) => error.code === "SIGN_IN_THROTTLED").length;
    expect(wrong + throttled).toBe(50);
    // Every password that was checked is a failure on the account's count: five at most.
    const [row] = await t.db
      .select({ failures: signInAttempts.failures })
      .from(signInAttempts)
      .where(eq(signInAttempts.key, `account:${user.email}`));
    expect(row?.failures).toBeLessThanOrEqual(5);
    expect(wrong).toBeLessThanOrEqual(4);
  });

  it("does not let a stranger's failures from one address lock the owner out from another", async () => {
    const user = await createUser(t.db);
    const now = new Date("2026-03-03T12:00:00Z");
    const strangerAddress = anyAddress();
    for (let i = 0; i < 8; i++)
      await failure(
        authenticate(
          { db: t.db },
          { email: user.email, password: `stranger-${i}`, ip: strangerAddress, now },
        ),
      );
    // The stranger's address is locked for this account…
    const stranger = await failure(
      authenticate({ db: t.db }, { email: user.email, password: FACTORY_PASSWORD, ip: strangerAddress, now }),
    );
    expect(stranger.code).toBe("SIGN_IN_THROTTLED");
    // …the owner, somewhere else, signs in.
    const owner = await authenticate(
      { db: t.db },
      { email: user.email, password: FACTORY_PASSWORD, ip: anyAddress(), now },
    );
    expect(owner.id).toBe(user.id);
  });

  it("slows guessing spread over many addresses by seconds, not a lock-out", async () => {
    const user = await createUser(t.db);
    const now = new Date("2026-03-04T12:00:00Z");
    let last: AppError | undefined;
    for (let i = 0; i < 14; i++)
      last = await failure(
        authenticate({ db: t.db }, { email: user.email, password: `botnet-${i}`, ip: anyAddress(), now }),
      );
    expect(last?.code).toBe("SIGN_IN_THROTTLED");
    const wait = Number(last?.details?.retryAfterSeconds);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);
    // The owner, from a fresh address, waits those seconds and no more.
    const later = new Date(now.getTime() + 31_000);
    expect(
      (
        await authenticate(
          { db: t.db },
          { email: user.email, password: FACTORY_PASSWORD, ip: anyAddress(), now: later },
        )
      ).id,
    ).toBe(user.id);
  });

  it("does not count an office's successful sign-ins against its address", async () => {
    const ip = anyAddress();
    const now = new Date("2026-03-05T12:00:00Z");
    const people = await Promise.all(Array.from({ length: 35 }, () => createUser(t.db)));
    for (const person of people)
      expect(
        (await authenticate({ db: t.db }, { email: person.email, password: FACTORY_PASSWORD, ip, now })).id,
      ).toBe(person.id);
  });
});
