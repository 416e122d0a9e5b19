// Accounts, roles, admin (owner: auth).
import { everyone, nobody, signedIn, type AuthzCase } from "../support/case-types";

void everyone;
void nobody;

const settings = { desiredRetention: "0.85", newCardsPerDay: "30", maximumInterval: "365", timeZone: "Europe/Berlin", dayStartHour: "5" };

export const cases: AuthzCase[] = [
  { action: "app/account/actions.ts#updateProfileAction", label: "own name", input: () => ({ name: "Renamed" }), allow: signedIn },
  { action: "app/account/actions.ts#updateStudySettingsAction", label: "own settings", input: () => settings, allow: signedIn },
  // Admin actions, against each kind of account (the admin's own account is a 409, covered in tests/auth).
  ...(["learnerA", "instructorB"] as const).flatMap((target) => [
    {
      action: "app/admin/actions.ts#setUserRoleAction",
      label: `make ${target} an instructor`,
      input: (w) => ({ userId: w.ids.users[target], role: "instructor" }),
      allow: ["admin"],
    } satisfies AuthzCase,
    {
      action: "app/admin/actions.ts#setUserDisabledAction",
      label: `disable ${target}`,
      input: (w) => ({ userId: w.ids.users[target], disabled: true }),
      allow: ["admin"],
    } satisfies AuthzCase,
  ]),
  { route: "app/api/me/route.ts#GET", label: "who am I", request: () => ({}), allow: signedIn },
];
