import type { Fact } from "./fact";

// "North Korea’s Diplomatic Push" (Robert Potter, Dec 13, 2014).
export const facts: Fact[] = [
  { answer: "Dandong", keywords: ["Yalu River", "bridge"] },
  { answer: "1.5 kilometres", keywords: ["bridge"] },
  { answer: "Shenyang", keywords: ["high-speed-rail"] },
  { answer: "Incheon", keywords: ["Asian Games"] },
  { answer: "October", keywords: ["Incheon"] },
  { answer: "James Clapper", keywords: ["retrieve"] },
  { answer: "two", keywords: ["US citizens"] },
  { answer: "Rason", keywords: ["Trade Show"] },
  { answer: "August 2013", keywords: ["Rason Trade Show"] },
  { answer: "a dozen", keywords: ["Chinese companies"] },
  { answer: "Japan", keywords: ["historical narrative"] },
  { answer: "Soviet Union", keywords: ["Cold War"] },
  { answer: "Sunshine Policy", keywords: ["embraced the South"] },
  { answer: "China", keywords: ["charm offensive"] },
];
