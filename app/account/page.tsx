import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getLeechAction } from "@/lib/server/users/get-leech-action";
import { getOptimizerStatus } from "@/lib/server/optimizer/get-optimizer-status";
import { supportedTimeZones } from "@/lib/server/users/study-settings";
import { LeechSettingForm } from "./leech-setting-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { ScheduleOptimizer } from "./schedule-optimizer";
import { SignOutButton } from "./sign-out-button";
import { StudySettingsForm } from "./study-settings-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const viewer = await requireViewer(undefined, "/account");
  const leechAction = await getLeechAction(viewer);
  const optimizer = await getOptimizerStatus(viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-bold tracking-tight">Account</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <span className="break-all">{viewer.email}</span>
            <Badge>{viewer.role}</Badge>
          </p>
        </div>
        <SignOutButton />
      </div>
      <section aria-labelledby="profile-heading">
        <Card className="space-y-4">
          <h2 id="profile-heading" className="text-lg font-semibold">Profile</h2>
          <ProfileForm name={viewer.name} />
        </Card>
      </section>
      <section aria-labelledby="study-heading">
        <Card className="space-y-4">
          <h2 id="study-heading" className="text-lg font-semibold">Study settings</h2>
          <StudySettingsForm
            settings={{
              desiredRetention: viewer.desiredRetention,
              newCardsPerDay: viewer.newCardsPerDay,
              maximumInterval: viewer.maximumInterval,
              timeZone: viewer.timeZone,
              dayStartHour: viewer.dayStartHour,
            }}
            timeZones={supportedTimeZones()}
          />
        </Card>
      </section>
      <section aria-labelledby="leech-heading">
        <Card className="space-y-4">
          <h2 id="leech-heading" className="text-lg font-semibold">Leeches</h2>
          <LeechSettingForm leechAction={leechAction} />
        </Card>
      </section>
      <section aria-labelledby="optimizer-heading">
        <Card className="space-y-4">
          <h2 id="optimizer-heading" className="text-lg font-semibold">Your memory model</h2>
          <ScheduleOptimizer reviews={optimizer.reviews} needed={optimizer.needed} parameters={optimizer.parameters} />
        </Card>
      </section>
      <section aria-labelledby="password-heading">
        <Card className="space-y-4">
          <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
          <PasswordForm />
        </Card>
      </section>
    </div>
  );
}
