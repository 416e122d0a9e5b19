/** A short made-up trade news piece (not one of the seeded five) with dates and amounts for the generator. */
export const TRADE_ARTICLE = `Vietnam and Chile Sign Copper Supply Pact

By Linh Tran

March 14, 2025

Vietnam and Chile signed a copper supply agreement in Santiago on March 12, 2025, committing Chile to deliver 150,000 tons of refined copper over three years.

The deal is worth about $1.4 billion, according to Vietnam's Ministry of Industry and Trade. Deliveries begin in July 2025 through the port of Valparaíso.

Chile's trade minister Alberto van Klaveren said the agreement would raise bilateral trade by 12 percent in 2026. Vietnam imported $320 million of Chilean copper in 2024.

Hanoi plans to use the metal for a new cable factory in Hai Phong, which is expected to employ 2,400 workers when it opens in 2027.
`;
