"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { choiceForKey, CHOICE_LETTERS } from "@/components/study/choice-keys";
import { newIdempotencyKey } from "@/components/study/post-json";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ActionResult } from "@/lib/server/action";
import type { OpenQuiz, QuizResult, StartedQuiz } from "@/lib/server/quiz/quiz-types";
import { plural } from "@/components/charts/format";
import { QuizResults } from "./quiz-results";
import { quizSizeChoices } from "./quiz-sizes";

type Actions = {
  start: (input: { deckId: string; count: number; timed: boolean; countAsReview: boolean }) => Promise<ActionResult<StartedQuiz>>;
  answer: (input: { attemptId: string; questionId: string; answer: string; idempotencyKey: string; durationMs: number }) => Promise<ActionResult<{ recorded: true; answered: number }>>;
  finish: (input: { attemptId: string }) => Promise<ActionResult<QuizResult>>;
};

/** Quiz flow: setup → one question at a time (answers graded on the server, not shown) → score. */
export function QuizRunner({ deckId, available, open, actions }: { deckId: string; available: number; open: OpenQuiz | null; actions: Actions }) {
  // A reload carries on with the unfinished quiz at its first unanswered question.
  const resumeAt = open ? open.quiz.questions.findIndex((q) => !open.answeredQuestionIds.includes(q.id)) : -1;
  const [quiz, setQuiz] = useState<StartedQuiz | null>(open?.quiz ?? null);
  const [index, setIndex] = useState(resumeAt >= 0 ? resumeAt : open ? open.quiz.questions.length - 1 : 0);
  const [resumed, setResumed] = useState(open !== null);
  const [selected, setSelected] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [result, setResult] = useState<QuizResult | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const shownAt = useRef(0);
  const keyRef = useRef(newIdempotencyKey());
  const focusRef = useRef<HTMLElement | null>(null);
  const finishing = useRef(false);

  const question = quiz?.questions[index] ?? null;

  useEffect(() => {
    shownAt.current = performance.now();
    keyRef.current = newIdempotencyKey();
    if (question) document.getElementById("quiz-question")?.focus();
  }, [question]);

  useEffect(() => {
    if (result) document.getElementById("quiz-score")?.focus();
  }, [result]);

  const finish = useCallback(async () => {
    if (!quiz || finishing.current) return;
    finishing.current = true;
    setPending(true);
    const res = await actions.finish({ attemptId: quiz.attemptId });
    setPending(false);
    finishing.current = false;
    if (res.ok) setResult(res.data);
    else setError(res.error);
  }, [quiz, actions]);

  // Every question answered before the reload, only the finish was missing.
  useEffect(() => {
    if (!open || resumeAt >= 0) return;
    const timer = setTimeout(() => void finish(), 0);
    return () => clearTimeout(timer);
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Timed quizzes: a countdown from the server's start time; at zero the quiz ends.
  useEffect(() => {
    if (!quiz?.timeLimitSec || result) return;
    const deadline = new Date(quiz.startedAt).getTime() + quiz.timeLimitSec * 1000;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) void finish();
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [quiz, result, finish]);

  async function start(form: FormData) {
    setPending(true);
    setError(null);
    const res = await actions.start({
      deckId,
      count: Number(form.get("count")),
      timed: form.get("timed") === "yes",
      countAsReview: form.get("countAsReview") === "on",
    });
    setPending(false);
    if (!res.ok) return setError(res.error);
    setResumed(false);
    setQuiz(res.data);
    setIndex(0);
    setSelected(null);
    setTyped("");
    setResult(null);
  }

  async function submitAnswer(answer: string) {
    if (!quiz || !question || pending) return;
    setPending(true);
    setError(null);
    const res = await actions.answer({
      attemptId: quiz.attemptId,
      questionId: question.id,
      answer,
      idempotencyKey: keyRef.current,
      durationMs: Math.min(86_400_000, Math.round(performance.now() - shownAt.current)),
    });
    setPending(false);
    if (!res.ok) return setError(res.error);
    setSelected(null);
    setTyped("");
    if (index + 1 < quiz.questions.length) setIndex(index + 1);
    else await finish();
  }

  useEffect(() => {
    if (!question || question.kind !== "multiple_choice" || result) return;
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || !question) return;
      const choice = choiceForKey(e.key, question.choices);
      if (choice !== undefined) {
        e.preventDefault();
        setSelected(choice);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, result]);

  if (result) {
    return <QuizResults result={result} deckId={deckId} onRestart={() => { setQuiz(null); setResult(null); }} />;
  }

  if (!quiz || !question) {
    return (
      <Card>
        <form action={start} className="space-y-5">
          <fieldset className="space-y-2">
            <legend className="font-semibold">Number of questions</legend>
            <div className="flex flex-wrap gap-4">
              {quizSizeChoices(available).map((c) => (
                <label key={c.value} className="flex items-center gap-2">
                  <input type="radio" name="count" value={c.value} defaultChecked={c.checked} className="size-4" />
                  {c.label}
                </label>
              ))}
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">{plural(available, "question")} to quiz on in this deck (multiple choice, typed and fill-in).</p>
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="font-semibold">Timing</legend>
            <div className="flex flex-wrap gap-4">
              <label className="flex items-center gap-2">
                <input type="radio" name="timed" value="no" defaultChecked className="size-4" /> Untimed
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="timed" value="yes" className="size-4" /> Timed (60 s per question)
              </label>
            </div>
          </fieldset>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="countAsReview" className="mt-1 size-4" />
            <span>
              Count this quiz as review
              <span className="block text-sm text-slate-600 dark:text-slate-400">Your answers update your study schedule, like answering in study mode.</span>
            </span>
          </label>
          {error ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : null}
          <Button type="submit" size="lg" disabled={pending || available === 0}>
            {pending ? "Starting…" : "Start quiz"}
          </Button>
        </form>
      </Card>
    );
  }

  const last = index + 1 === quiz.questions.length;
  return (
    <div className="space-y-4">
      {resumed ? (
        <p role="status" className="flex flex-wrap items-center gap-x-3 rounded-lg bg-brand-50 px-4 py-2 text-sm text-brand-900 dark:bg-slate-800 dark:text-slate-100">
          Carrying on with the quiz you started: {index} of {quiz.questions.length} answered.
          <button
            type="button"
            className="underline underline-offset-2"
            onClick={() => {
              setQuiz(null);
              setResumed(false);
            }}
          >
            Start a new quiz instead
          </button>
        </p>
      ) : null}
      <div className="space-y-2">
        <ProgressBar value={index} max={quiz.questions.length} label={`Question ${index + 1} of ${quiz.questions.length}`} />
        <div className="flex justify-between text-sm">
          <p>
            Question {index + 1} of {quiz.questions.length}
          </p>
          {secondsLeft !== null ? (
            <p aria-live={secondsLeft <= 10 ? "assertive" : "off"} className={secondsLeft <= 10 ? "font-semibold text-red-700 dark:text-red-300" : undefined}>
              {Math.floor(secondsLeft / 60)}:{String(secondsLeft % 60).padStart(2, "0")} left
            </p>
          ) : null}
        </div>
      </div>
      <Card className="space-y-4">
        <h2 id="quiz-question" tabIndex={-1} className="text-lg font-medium leading-relaxed focus:outline-none sm:text-xl" ref={(el) => { focusRef.current = el; }}>
          {question.prompt}
        </h2>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submitAnswer(question.kind === "multiple_choice" ? (selected ?? "") : typed);
          }}
        >
          {question.kind === "multiple_choice" ? (
            <fieldset>
              <legend className="sr-only">Options</legend>
              <div className="grid gap-2">
                {question.choices.map((choice, i) => (
                  <label
                    key={choice}
                    className="flex cursor-pointer items-start gap-3 rounded-lg bg-white px-4 py-3 ring-1 ring-inset ring-slate-300 has-checked:ring-2 has-checked:ring-brand-600 dark:bg-slate-800 dark:ring-slate-600 dark:has-checked:ring-brand-500"
                  >
                    <input type="radio" name="choice" value={choice} checked={selected === choice} onChange={() => setSelected(choice)} className="mt-1 size-4" />
                    <kbd className="rounded bg-slate-200 px-1.5 font-mono text-sm text-slate-800 dark:bg-slate-700 dark:text-slate-100">{CHOICE_LETTERS[i]}</kbd>
                    <span>{choice}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <div>
              <label htmlFor="quiz-answer" className="mb-1 block text-sm font-medium">
                Your answer
              </label>
              <Input id="quiz-answer" value={typed} maxLength={500} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
            </div>
          )}
          {error ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {last ? "Finish quiz" : "Next question"}
            </Button>
            <Button type="button" variant="ghost" disabled={pending} onClick={() => void submitAnswer("")}>
              Skip
            </Button>
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {question.kind === "multiple_choice" ? "Keys: 1–4 or A–D choose, Enter submits." : "Enter submits."} Answers are revealed at the end.
          </p>
        </form>
      </Card>
    </div>
  );
}
