/**
 * Anki's "learn ahead limit": a learning card due within this window counts as learning today and
 * is shown after everything else. Its own file so the study screen can count like the server's
 * queue without bundling the queue builder.
 */
export const DEFAULT_LEARN_AHEAD_MS = 20 * 60_000;
