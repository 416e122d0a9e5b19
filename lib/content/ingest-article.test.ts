import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "./ingest-article";
import { splitSentences } from "./split-sentences";

const read = (name: string) => readFileSync(path.resolve(__dirname, "../../content/articles", name), "utf8");

type Expectation = {
  file: string;
  title: string;
  author: string | null;
  published: string | null;
  source: string | null;
  first: string;
  last: string;
  removed: string[];
};

const CASES: Expectation[] = [
  {
    file: "000_d40e3ee82c1f276b.txt",
    title: "North Korea’s Economic Diplomacy with Southeast Asia",
    author: "Sarah K. Yun",
    published: "2012-08-22",
    source: "Korea Economic Institute – The Peninsula",
    first: "After the failed April 13 rocket launch, North Korea seemed to be headed towards increased isolation from the international community.",
    last: "On the other hand, changing the current dynamic in the region with new players and creating incentives for economic development could induce change in the North Korean society.",
    removed: ["Search All Site Content", "Total Index:", "Subscribe to our Mailing List!", "Sign up for our mailing list", "The Peninsula\n", "Return to the Peninsula", "Stay Informed", "Register to receive updates", "Photo from Mac Coates photo stream on flickr Creative Commons.", "Category:", "Published August", "Author:", "Sarah K. Yun is the Director"],
  },
  {
    file: "001_b9ce0f5892854f0c.txt",
    title: "North Korea Looking Abroad",
    author: "Matthew Nitkoski",
    published: "2015-02-18",
    source: "Korea Economic Institute – The Peninsula",
    first: "Nearly six years ago, the last attempt at multilateral engagement with the Democratic People’s Republic of Korea ended with the secretive Kim regime vowing to continue its uranium enrichment program.",
    last: "While it seems unlikely that the regime will suddenly revise its status quo, these political overtures are clear indications of North Korea’s attempt to stake out its own claims for economic opportunity and solidify its political independence.",
    removed: ["Subscribe to our Mailing List!", "Return to the Peninsula", "Photo from Adam Barker’s photostream", "By Matthew Nitkoski", "Matthew Nitkoski is a MA candidate"],
  },
  {
    file: "002_541b207247be09e2.txt",
    title: "North Korea increasing economic cooperation with China and Russia",
    author: "Lee Je-hun",
    published: "2016-08-23",
    source: "The Hankyoreh",
    first: "“Economic interchange between North Korea and China isn’t a matter of lopsided support from China to North Korea, but something taking place in an expanded form as mutual interests coincide.”",
    last: "“We need to come up with a new strategy for encouraging and assisting North Korea’s expansions in outward economic openness so it can locate a definite survival pattern in lives of mutual dependence with the outside,” Lee advised.",
    removed: ["Posted on", "Modified on", "North Korea sanctions and trade between North Korea and China", "By Lee Je-hun", "Please direct questions or comments to", "button that move to original korean article", "Related stories", "Most viewed articles"],
  },
  {
    file: "003_dcc6c357ece11aca.txt",
    title: "North Korea’s Diplomatic Push",
    author: "Robert Potter",
    published: "2014-12-13",
    source: "The Diplomat",
    first: "Over the past few months North Korea has undertaken a large diplomatic effort.",
    last: "The rise of China may prove to be an insurmountable obstacle but the Kim dynasty is deploying its traditional means of resisting interference in order to maximise its own freedom of action.",
    removed: ["Image Credit:", "Satbir Singh", "The old Yalu River Bridge", "December 13, 2014", "Robert Potter is currently assisting", "first published in The Strategist"],
  },
  {
    file: "004_a47baed354956777.txt",
    title: "North Korea's Diversifying Diplomatic Ties",
    author: "Sangsoo Lee",
    published: null,
    source: "ISDP Policy Brief",
    first: "Just over a month ago, North Korea's threat of a fourth nuclear test heightened tensions on the Korean Peninsula.",
    last: "Moreover, in the absence of improved relations with the latter, promoting ties with the aforementioned countries will also serve in part to politically counterbalance China, South Korea, and the U.S.",
    removed: ["#", "**", "*", "\\$", "New Diplomatic Moves", "Souring Relations", "Dr. Sangsoo Lee is Research Fellow", "The opinions expressed", "©"],
  },
];

describe.each(CASES)("ingestArticle($file)", (c) => {
  const a = ingestArticle(read(c.file));
  const sentences = splitSentences(a.body);

  it("extracts title, author, date and source", () => {
    expect({ title: a.title, author: a.author, published: a.published, source: a.source }).toEqual({ title: c.title, author: c.author, published: c.published, source: c.source });
  });

  it("removes chrome, bylines, bios and markdown", () => {
    for (const r of c.removed) expect(a.body).not.toContain(r);
  });

  it("keeps the exact first and last real sentences", () => {
    expect(sentences[0]?.text).toBe(c.first);
    expect(sentences[sentences.length - 1]?.text).toBe(c.last);
  });

  it("separates paragraphs by one blank line and leaves no hard wraps", () => {
    expect(a.body).not.toMatch(/\n{3,}/);
    for (const para of a.body.split("\n\n")) expect(para).not.toContain("\n");
  });

  it("hash is stable and ignores whitespace / chrome differences", () => {
    const raw = read(c.file);
    expect(ingestArticle(raw).contentHash).toBe(a.contentHash);
    const noisy = `Search All Site Content\r\n\r\n${raw.replace(/\n/g, "\r\n").replace(/ /g, "  ")}\r\n\r\nRelated stories\r\n`;
    expect(ingestArticle(noisy).contentHash).toBe(a.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("ingestArticle details", () => {
  it("takes a byline with any short role as the author, never as prose; a sentence opening with 'By' stays", () => {
    const head = "The Valley Courier\nTown opens a new bridge over the Arno\n";
    for (const [line, author] of [
      ["By Ana Ruiz, agriculture correspondent", "Ana Ruiz"],
      ["By Dr. Lee Kim, professor of East Asian history", "Dr. Lee Kim"],
      ["By Tom Hale, aviation and labour correspondent", "Tom Hale"],
    ]) {
      const a = ingestArticle(`${head}${line}\nPublished 3 May 2024\n\nThe bridge opened on Monday after two years of work.`);
      expect(a.author).toBe(author);
      expect(a.body).not.toContain(line);
    }
    const sentence = "By Tuesday, the union had agreed to the offer.";
    expect(ingestArticle(`${head}\n${sentence}\n\nThe bridge opened on Monday.`).body).toContain(sentence);
  });

  it("rejoins sentences broken across lines (003)", () => {
    const a = ingestArticle(read("003_dcc6c357ece11aca.txt"));
    expect(a.body).toContain("intended to feed into the new Yalu River crossing point.");
    expect(a.body).toContain("Pyongyang has reached out to South Korea and Russia.");
    expect(a.summary).toBe("Pyongyang has recently been reaching out to a number of key countries, with one very notable exception.");
  });

  it("rejoins page-break splits and unescapes markdown (004)", () => {
    const a = ingestArticle(read("004_a47baed354956777.txt"));
    expect(a.body).toContain("North Korea has further agreed to lease Pier 3 of Rajin port (a warm-water port) to Russia.");
    expect(a.body).toContain("wrote off nearly $10 billion in debt");
    expect(a.body).toContain("was purged from the regime and immediately executed;");
    expect(a.copyrightYear).toBe(2013);
    expect(a.yearHint).toBe(2014); // the body reports 2014 events; the © year is stale
    expect(a.authorBio).toContain("Research Fellow at the Institute for Security and Development Policy");
  });

  it("keeps the author bio out of the body but available", () => {
    const a = ingestArticle(read("000_d40e3ee82c1f276b.txt"));
    expect(a.authorBio).toBe("Sarah K. Yun is the Director of Public Affairs and Regional Issues for the Korea Economic Institute. The views expressed here are her own.");
  });

  it("converts ALL-CAPS headings to Title Case and honours options", () => {
    expect(ingestArticle("# TRADE TALKS RESUME IN GENEVA\n\nOfficials met on Monday. They agreed on a plan.").title).toBe("Trade Talks Resume in Geneva");
    const a = ingestArticle("Officials met on Monday to agree a plan for the talks.", { title: "Given", source: "Wire" });
    expect(a.title).toBe("Given");
    expect(a.source).toBe("Wire");
  });

  it("takes an explainer's question headline under the outlet's name, and a byline without 'By' as the byline", () => {
    const q = ingestArticle("The Household Ledger\nExplainer: How does a credit score actually work?\nBy Danielle Okonkwo\nPublished 3 June 2025\n\nFor most Americans, a three-digit number decides whether they can get a mortgage.\n");
    expect(q.title).toBe("Explainer: How does a credit score actually work?");
    expect(q.body.startsWith("For most Americans")).toBe(true);
    const r = ingestArticle("The Ledger\nInflation explained: why prices rise\nPriya Nair, Economics Correspondent\nPublished 10 September 2024\n\nInflation is one of the most talked-about numbers in economics.\n");
    expect(r.title).toBe("Inflation explained: why prices rise");
    expect(r.author).toBe("Priya Nair");
    expect(r.body).not.toContain("Correspondent");
  });
});

