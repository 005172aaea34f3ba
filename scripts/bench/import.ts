/**
 * Import throughput: N generated articles (about 600 words each, from the corpus' vocabulary) through
 * the real import path — extract, stage, attach with outlet resolution — one after another.
 */
import { createArticle } from "@/server/services/articles/create-article";
import { importText } from "@/server/services/articles/import-article";
import { actorOf, createTeamWithMembers } from "@/server/testing/factories";

import { benchDatabase } from "./database";
import { corpusWords, ms, percentile } from "./shared";

function generator(words: string[]) {
  const pick = () => words[Math.floor(Math.random() * words.length)] ?? "word";
  const sentence = (length: number) => {
    const body = Array.from({ length }, pick).join(" ");
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  };
  return (index: number) => {
    const title = `Generated report ${index}: ${sentence(6).slice(0, -1)}`;
    const paragraphs = Array.from({ length: 8 }, () =>
      Array.from({ length: 4 }, () => sentence(18)).join(" "),
    );
    return { title, text: [title, ...paragraphs].join("\n") };
  };
}

export async function benchImport(count = Number(process.env.IMPORT_COUNT ?? 1000)): Promise<string> {
  const target = benchDatabase();
  const handle = await target.open();
  try {
    const world = await createTeamWithMembers(handle.db, ["editor"]);
    const actor = actorOf(world, "editor");
    const make = generator(corpusWords());
    const outlets = ["News.Az", "Time.news", "Harbour Post", "Bosphorus Report", "Eurasia Monitor Digest"];
    const times: number[] = [];
    const started = performance.now();
    for (let index = 0; index < count; index++) {
      const { title, text } = make(index);
      const before = performance.now();
      const preview = await importText({ db: handle.db, actor }, { text });
      await createArticle(
        { db: handle.db, actor },
        { importId: preview.importId, title, outletName: outlets[index % outlets.length] },
      );
      times.push(performance.now() - before);
    }
    const seconds = (performance.now() - started) / 1000;
    return [
      `### Import throughput (${target.label})`,
      "",
      `${count} generated articles (~600 words each) through extract → stage → attach, one at a time:`,
      "",
      "| total | articles/s | per article p50 | p95 |",
      "|---|---|---|---|",
      `| ${seconds.toFixed(1)} s | ${(count / seconds).toFixed(1)} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`,
    ].join("\n");
  } finally {
    await handle.close();
    target.cleanup();
  }
}
