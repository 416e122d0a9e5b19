import type { Fact } from "./fact";

// content/fixtures/trade-report.txt (written for the tests).
export const facts: Fact[] = [
  { answer: "Hanoi", keywords: ["free trade agreement"] },
  { answer: "March 10, 2023", keywords: ["free trade agreement"] },
  { answer: "3,000", keywords: ["product lines"] },
  { answer: "Ana Torres", keywords: ["trade minister"] },
  { answer: "Nguyen Hong Dien", keywords: ["supermarkets"] },
  { answer: "January 1, 2024", keywords: ["take effect"] },
  { answer: "12.5%", keywords: ["2022"] },
  { answer: "$1.9 billion", keywords: ["rose"] },
  { answer: "40,000 tons", keywords: ["cherries"] },
  { answer: "55%", keywords: ["copper"] },
  { answer: "Ho Chi Minh City", keywords: ["trade office"] },
  { answer: "$450 million", keywords: ["Carlos Rivas"] },
  { answer: "16", keywords: ["free trade agreements"] },
];
