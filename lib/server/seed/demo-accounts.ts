import "server-only";

/** Local-only demo accounts: seeded outside production (or with SEED_DEMO_ACCOUNTS=true). */
export const DEMO_PASSWORD = "study-the-briefing";
export const DEMO_ACCOUNTS = [
  { email: "instructor@briefdeck.test", name: "Ines Instructor", role: "instructor" },
  { email: "instructor2@briefdeck.test", name: "Ivo Instructor", role: "instructor" },
  { email: "learner@briefdeck.test", name: "Lea Learner", role: "learner" },
  { email: "learner2@briefdeck.test", name: "Leo Learner", role: "learner" },
] as const;
