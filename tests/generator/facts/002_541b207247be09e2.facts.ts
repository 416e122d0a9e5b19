import type { Fact } from "./fact";

// "North Korea increasing economic cooperation with China and Russia" (Hankyoreh, Aug 23, 2016).
export const facts: Fact[] = [
  { answer: "Resolution 2270", keywords: ["fourth nuclear test"] },
  { answer: "Resolution 2094", keywords: ["third nuclear test"] },
  { answer: "Jan. 6", keywords: ["fourth nuclear test"] },
  { answer: "Feb. 12, 2013", keywords: ["third nuclear test"] },
  { answer: "Mar. 2", keywords: ["2270"] },
  { answer: "2.1%", keywords: ["first half of 2016"] },
  { answer: "90%", keywords: ["foreign trade"] },
  { answer: "Twenty-seven", keywords: ["border cities"] },
  { answer: "Seventy-two", keywords: ["kouans"] },
  { answer: "21", keywords: ["economic development zones"] },
  { answer: "15", keywords: ["processing factories"] },
  { answer: "14.6%", keywords: ["coal"] },
  { answer: "Lee Jong-seok", keywords: ["Local sources", "THAAD"] },
  { answer: "Li Keqiang", keywords: ["Premier"] },
  { answer: "Hunchun, Helong, and Dandong", keywords: ["border economic cooperation zones"] },
];
