import "server-only";

export type StudySettings = {
  desiredRetention: number;
  newCardsPerDay: number;
  maximumInterval: number;
  timeZone: string;
  dayStartHour: number;
};

/** IANA zones the server's ICU knows, plus UTC (not listed by every Node build). */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
