import type { Fact } from "./fact";

// content/fixtures/science-announcement.txt (written for the tests).
export const facts: Fact[] = [
  { answer: "47", keywords: ["Gakkel Ridge"] },
  { answer: "University of Bergen", keywords: ["unknown animal species"] },
  { answer: "Kronprins Haakon", keywords: ["research vessel"] },
  { answer: "3,800 metres", keywords: ["depths"] },
  { answer: "Ingrid Solberg", keywords: ["isolated oases"] },
  { answer: "€4.5 million", keywords: ["European Research Council"] },
  { answer: "32", keywords: ["researchers"] },
  { answer: "Alfred Wegener Institute", keywords: ["Bremerhaven"] },
  { answer: "2001", keywords: ["hydrothermal vents"] },
  { answer: "5%", keywords: ["Arctic seafloor"] },
  { answer: "Lars Nyhus", keywords: ["Centre for Deep Sea Research"] },
  { answer: "19", keywords: ["sea snails"] },
  { answer: "January 2024", keywords: ["exploration licences"] },
];
