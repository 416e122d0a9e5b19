import type { Fact } from "./fact";

// "North Korea Looking Abroad" (KEI, Feb 18, 2015) — facts read from the text.
export const facts: Fact[] = [
  { answer: "$10 billion", keywords: ["Russia", "debt"] },
  { answer: "$11 billion", keywords: ["debt"] },
  { answer: "$2 billion", keywords: ["2020"] },
  { answer: "Council for Cooperation with North Korea", keywords: ["Russian Chamber of Commerce"] },
  { answer: "Laos, Vietnam, Myanmar, Indonesia, and Singapore", keywords: ["Ri Su-yong"] },
  { answer: "seven", keywords: ["Ri Kil-song"] },
  { answer: "13", keywords: ["special economic zones"] },
  { answer: "60%", keywords: ["Chinese imports"] },
  { answer: "Daniel Russel", keywords: ["Burma"] },
  { answer: "Daniel Russel", keywords: ["Assistant Secretary of State"] },
  { answer: "Park Geun-hye", keywords: ["South Korean President"] },
  { answer: "Russia", keywords: ["70th anniversary"] },
  { answer: "Ri Kil-song", keywords: ["Vice Foreign Minister"] },
  { answer: "China", keywords: ["deteriorating relationship"] },
];
