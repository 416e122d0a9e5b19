// UN Security Council resolutions on North Korea: number, adoption date, trigger. Used for
// same-type distractors ("Resolution 2094" for "Resolution 2270").
export type ResolutionEntry = { number: number; adopted: string; trigger: string };

export const UN_RESOLUTIONS: readonly ResolutionEntry[] = [
  { number: 825, adopted: "1993-05-11", trigger: "NPT withdrawal announcement" },
  { number: 1695, adopted: "2006-07-15", trigger: "missile launches" },
  { number: 1718, adopted: "2006-10-14", trigger: "first nuclear test" },
  { number: 1874, adopted: "2009-06-12", trigger: "second nuclear test" },
  { number: 2087, adopted: "2013-01-22", trigger: "satellite launch" },
  { number: 2094, adopted: "2013-03-07", trigger: "third nuclear test" },
  { number: 2270, adopted: "2016-03-02", trigger: "fourth nuclear test" },
  { number: 2321, adopted: "2016-11-30", trigger: "fifth nuclear test" },
  { number: 2371, adopted: "2017-08-05", trigger: "ICBM launches" },
  { number: 2375, adopted: "2017-09-11", trigger: "sixth nuclear test" },
  { number: 2397, adopted: "2017-12-22", trigger: "ICBM launch" },
];
