import type { Fact } from "./fact";

// "North Korea’s Economic Diplomacy with Southeast Asia" (KEI, Aug 22, 2012) — facts read from the text.
export const facts: Fact[] = [
  { answer: "Indonesia and Singapore", keywords: ["Kim Yong-nam", "May"], note: "May 2012 trip" },
  { answer: "$2 million", keywords: ["Indonesia", "aid"] },
  { answer: "5,000 tons", keywords: ["Vietnam", "rice"] },
  { answer: "24,000 metric tons", keywords: ["food aid"] },
  { answer: "Hor Namhong", keywords: ["Cambodian foreign minister"] },
  { answer: "Laos, Vietnam and Myanmar", keywords: ["Kim Yong-il"] },
  { answer: "Vietnam and Laos", keywords: ["Kim Yong-nam", "August"] },
  { answer: "Truong Tan Sang", keywords: ["Vietnam-DPRK relations"] },
  { answer: "four", keywords: ["cooperation agreements"] },
  { answer: "$1.9 billion", keywords: ["inter-Korean trade"] },
  { answer: "62.4%", keywords: ["bilateral trade"] },
  { answer: "Rason", keywords: ["special economic zone"] },
  { answer: "Jang Sung-taek", keywords: ["National Defense Commission"] },
  { answer: "Kim Yong-nam", keywords: ["Chairman of the Presidium"] },
  { answer: "Cambodia", keywords: ["Park Ui-chun", "ASEAN Regional Forum"] },
  { answer: "50", keywords: ["delegation", "China"] },
];
