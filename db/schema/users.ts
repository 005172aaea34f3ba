import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** People who can sign in. Emails are stored lower-cased and trimmed, so the unique index is exact. */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    email: text().notNull(),
    /** argon2id PHC string; null for people who only ever signed in through OIDC. */
    passwordHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

/**
 * Failed sign-in counters, one row per throttle key ("account:<email>" or "ip:<address>").
 * Kept in Postgres rather than in memory so that several app instances share one count.
 */
export const signInAttempts = pgTable("sign_in_attempts", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Signed-in sessions, one row per sign-in. The session cookie (a next-auth JWT) carries the row's id
 * and is honoured only while the row exists: signing out, changing the password, "sign out
 * everywhere" and being removed from a team delete rows, and a copied cookie is then worth nothing.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The browser's User-Agent at sign-in, cut to 512 characters; shown as "Chrome on Linux". */
    userAgent: text(),
    /** The client address last seen (server.ts's view, never the client's own claim). */
    ipAddress: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Moved forward at most once a minute, so a busy session does not write on every request. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId)],
);
