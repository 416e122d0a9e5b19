import type { Fact } from "./fact";

// "North Korea's Diversifying Diplomatic Ties" (ISDP policy brief, undated; events of 2014).
export const facts: Fact[] = [
  { answer: "$10 billion", keywords: ["Duma"] },
  { answer: "April 18", keywords: ["Duma"] },
  { answer: "Stockholm", keywords: ["Japanese government officials"] },
  { answer: "Russia", keywords: ["Pier 3"] },
  { answer: "Rajin", keywords: ["Pier 3"] },
  { answer: "$2.4 million", keywords: ["imports from Brazil"] },
  { answer: "$13.4 million", keywords: ["imports from Brazil"] },
  { answer: "28", keywords: ["European Union"] },
  { answer: "Brussels", keywords: ["DPRK Mission"] },
  { answer: "KOTRA", keywords: ["oil exports"] },
  { answer: "15 days", keywords: ["Chinese traders"] },
  { answer: "Jang Song Thaek", keywords: ["uncle"] },
  { answer: "Shinzo Abe", keywords: ["Prime Minister"] },
  { answer: "June 17", keywords: ["Radio Free Asia"] },
  { answer: "Spain", keywords: ["ambassador", "January"] },
  { answer: "Xi Jinping", keywords: ["hard"] },
];
