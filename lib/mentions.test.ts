import { describe, expect, it } from "vitest";

import {
  fromStorage,
  MENTION_TOKEN,
  mentionedUserIds,
  mentionQueryAt,
  mentionToken,
  parseMentions,
  toStorage,
} from "./mentions";

const ANN = "0b9f3c3e-1111-4222-8333-444455556666";
const ANN_LEE = "1c8e2d2f-2222-4333-9444-555566667777";
const BOB = "2d7d1e1a-3333-4444-a555-666677778888";

const annLee = { userId: ANN_LEE, name: "Ann Lee" };
const ann = { userId: ANN, name: "Ann" };
const bob = { userId: BOB, name: "Bob" };

describe("parseMentions", () => {
  it("finds tokens with their spans, in order", () => {
    const body = `Hi @[Ann Lee](user:${ANN_LEE}) and @[Bob](user:${BOB}).`;
    expect(parseMentions(body)).toEqual([
      { userId: ANN_LEE, name: "Ann Lee", start: 3, end: 3 + `@[Ann Lee](user:${ANN_LEE})`.length },
      { userId: BOB, name: "Bob", start: body.indexOf("@[Bob"), end: body.length - 1 },
    ]);
  });

  it("unescapes names and lower-cases user ids", () => {
    const body = `@[\\[Bot\\] A\\\\B](user:${BOB.toUpperCase()})`;
    expect(parseMentions(body)).toEqual([{ userId: BOB, name: "[Bot] A\\B", start: 0, end: body.length }]);
  });

  it.each([
    ["no uuid", "@[Ann](user:123)"],
    ["another scheme", `@[Ann](team:${ANN})`],
    ["a line break in the name", `@[Ann\nLee](user:${ANN})`],
    ["an unescaped bracket in the name", `@[A[n]n](user:${ANN})`],
    ["an empty name", `@[](user:${ANN})`],
    ["an escaped @", `\\@[Ann](user:${ANN})`],
  ])("ignores a token with %s", (_label, body) => {
    expect(parseMentions(body)).toEqual([]);
  });

  it("reads a token after an escaped backslash", () => {
    expect(parseMentions(`\\\\@[Ann](user:${ANN})`)).toHaveLength(1);
  });

  it("exports the token pattern source", () => {
    expect(new RegExp(MENTION_TOKEN).test(mentionToken(ann))).toBe(true);
  });
});

describe("mentionedUserIds", () => {
  it("lists each user once, in order of first mention", () => {
    const body = toStorage("@Bob @Ann @Bob @Ann Lee", [ann, bob, annLee]);
    expect(mentionedUserIds(body)).toEqual([BOB, ANN, ANN_LEE]);
  });
});

describe("toStorage", () => {
  it("turns picked names into tokens", () => {
    expect(toStorage("Hi @Bob, see this", [bob])).toBe(`Hi @[Bob](user:${BOB}), see this`);
    expect(toStorage("@Bob", [bob])).toBe(`@[Bob](user:${BOB})`);
  });

  it("prefers the longest picked name", () => {
    const body = toStorage("@Ann Lee and @Ann", [ann, annLee]);
    expect(parseMentions(body).map(({ userId, name }) => ({ userId, name }))).toEqual([annLee, ann]);
  });

  it("needs a boundary before the @ and a non-name character after the name", () => {
    expect(toStorage("mail bob@Bob.org", [bob])).toBe("mail bob@Bob.org");
    expect(toStorage("@Bobby", [bob])).toBe("@Bobby");
    expect(toStorage("@Bob_x", [bob])).toBe("@Bob_x");
    expect(toStorage("(@Bob's)", [bob])).toBe(`(@[Bob](user:${BOB})'s)`);
    expect(toStorage("cc:@Bob", [bob])).toBe(`cc:@[Bob](user:${BOB})`);
    expect(toStorage("line\n@Bob.", [bob])).toBe(`line\n@[Bob](user:${BOB}).`);
  });

  it("leaves an escaped @ and names that were not picked alone", () => {
    expect(toStorage("\\@Bob", [bob])).toBe("\\@Bob");
    expect(toStorage("@Bob", [ann])).toBe("@Bob");
    expect(toStorage("@bob", [bob])).toBe("@bob");
  });

  it("ignores picked entries that cannot form a token", () => {
    expect(toStorage("@Bob", [{ userId: "not-a-uuid", name: "Bob" }])).toBe("@Bob");
    expect(toStorage("@ x", [{ userId: BOB, name: " " }])).toBe("@ x");
  });

  it("escapes brackets and backslashes in names", () => {
    const bot = { userId: BOB, name: "[Bot] A\\B" };
    const body = toStorage("ping @[Bot] A\\B now", [bot]);
    expect(body).toBe(`ping @[\\[Bot\\] A\\\\B](user:${BOB}) now`);
    expect(fromStorage(body)).toEqual({ text: "ping @[Bot] A\\B now", picked: [bot] });
  });

  it("uses the first picked person when two share a display name", () => {
    const otherAnn = { userId: BOB, name: "Ann" };
    expect(mentionedUserIds(toStorage("@Ann", [ann, otherAnn]))).toEqual([ANN]);
  });
});

describe("anti-forgery", () => {
  const forged = [
    `@[Bob](user:${BOB})`,
    `look @[Bob](user:${BOB}) here`,
    `\\@[Bob](user:${BOB})`,
    `@\\[Bob](user:${BOB})`,
    `@\\\\[Bob](user:${BOB})`,
    `@@[Bob](user:${BOB})`,
    `\`@[Bob](user:${BOB})\``,
  ];

  it.each(forged)("a typed token is text: %s", (typed) => {
    const body = toStorage(typed, []);
    expect(parseMentions(body)).toEqual([]);
    expect(fromStorage(body)).toEqual({ text: typed, picked: [] });
  });

  it("a typed token next to a real mention stays text", () => {
    const typed = `@Ann[x](user:${BOB}) @Ann@[Bob](user:${BOB})`;
    const body = toStorage(typed, [ann]);
    expect(mentionedUserIds(body)).toEqual([ANN]);
    expect(fromStorage(body).text).toBe(typed);
  });

  it("round-trips arbitrary text and only ever mentions picked people", () => {
    // A small deterministic generator over the characters that matter to tokens and escapes.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const pieces = ["@", "[", "]", "(", ")", "\\", " ", "Ann", "Lee", "Bob", "user:", ANN, "\n", "x", "'"];
    const picked = [ann, annLee];
    for (let run = 0; run < 500; run++) {
      const length = 1 + random(20);
      const typed = Array.from({ length }, () => pieces[random(pieces.length)]).join("");
      const body = toStorage(typed, picked);
      expect(fromStorage(body).text).toBe(typed);
      for (const id of mentionedUserIds(body)) expect([ANN, ANN_LEE]).toContain(id);
      expect(parseMentions(toStorage(typed, []))).toEqual([]);
    }
  });
});

describe("fromStorage", () => {
  it("round-trips the composer text and the picked people", () => {
    const text = "Thanks @Ann Lee and @Bob! @Ann, see @[this] and mail a@b.org";
    const picked = [annLee, bob, ann];
    const body = toStorage(text, picked);
    expect(fromStorage(body)).toEqual({ text, picked: [annLee, bob, ann] });
    expect(toStorage(fromStorage(body).text, fromStorage(body).picked)).toBe(body);
  });

  it("lists a person mentioned twice once", () => {
    expect(fromStorage(toStorage("@Bob @Bob", [bob])).picked).toEqual([bob]);
  });
});

describe("mentionQueryAt", () => {
  it("returns the partial name and where the @ is", () => {
    expect(mentionQueryAt("Hi @An", 6)).toEqual({ query: "An", start: 3 });
    expect(mentionQueryAt("@", 1)).toEqual({ query: "", start: 0 });
    expect(mentionQueryAt("(@Ann Le) x", 8)).toEqual({ query: "Ann Le", start: 1 });
    expect(mentionQueryAt("@Ann and more", 4)).toEqual({ query: "Ann", start: 0 });
  });

  it.each([
    ["no @", "Hello", 5],
    ["an email address", "ann@exa", 7],
    ["an escaped @", "\\@Ann", 5],
    ["a line break in between", "@Ann\nLee", 8],
    ["a space right after the @", "@ Ann", 5],
    ["more than 40 characters", `@${"a".repeat(41)}`, 42],
    ["a caret before the text", "@Ann", 0],
    ["a caret past the text", "@Ann", 9],
  ])("is null for %s", (_label, text, caret) => {
    expect(mentionQueryAt(text, caret)).toBeNull();
  });

  it("looks at the nearest @ only", () => {
    expect(mentionQueryAt("@Ann @Bo", 8)).toEqual({ query: "Bo", start: 5 });
    expect(mentionQueryAt(`@${"a".repeat(40)}`, 41)).toEqual({ query: "a".repeat(40), start: 0 });
  });
});
