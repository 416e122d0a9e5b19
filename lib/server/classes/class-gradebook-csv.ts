import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import { writeCsv } from "@/lib/csv/write-csv";
import { getClassProgress } from "./get-class-progress";

/** Gradebook: one row per learner with the dashboard's numbers (percentages 0–100, minutes). */
export async function classGradebookCsv(viewer: Viewer, classId: string, now = new Date()): Promise<{ className: string; csv: string }> {
  const progress = await getClassProgress(viewer, classId, { sort: "name", now });
  const pct = (v: number | null) => (v === null ? "" : (v * 100).toFixed(1));
  const csv = writeCsv(
    ["name", "email", "cards_studied", "assigned_questions", "completion_pct", "due_now", "overdue", "retention_30d_pct", "knowledge_pct", "minutes_spent", "last_active"],
    progress.learners.map((l) => [
      l.name,
      l.email,
      l.studied,
      progress.assignedQuestions,
      pct(l.completion),
      l.dueNow,
      l.overdue,
      pct(l.retention),
      pct(l.knowledge),
      (l.totalMs / 60000).toFixed(1),
      l.lastActive?.toISOString() ?? "",
    ]),
  );
  return { className: progress.className, csv };
}
