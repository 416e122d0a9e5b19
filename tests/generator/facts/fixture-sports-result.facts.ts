import type { Fact } from "./fact";

// content/fixtures/sports-result.txt (written for the tests).
export const facts: Fact[] = [
  { answer: "3-1", keywords: ["Coastal Cup"] },
  { answer: "Harbour Stadium", keywords: ["Coastal Cup final"] },
  { answer: "41,200", keywords: ["crowd"] },
  { answer: "Leo Marsh", keywords: ["34th minute"] },
  { answer: "Elena Petrova", keywords: ["half-time"] },
  { answer: "Marco Silva", keywords: ["penalty"] },
  { answer: "£1.2 million", keywords: ["prize money"] },
  { answer: "£600,000", keywords: ["runners-up"] },
  { answer: "Ian Crowley", keywords: ["Northgate manager"] },
  { answer: "August 12, 2023", keywords: ["Continental Shield"] },
  { answer: "11", keywords: ["goals this season"] },
  { answer: "Bay City Wanderers", keywords: ["academy"] },
];
