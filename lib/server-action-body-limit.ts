/**
 * Largest server-action body (article uploads are capped at 1 MB by our own validation; this leaves room for the
 * form's overhead so that check speaks first). next.config.ts hands it to Next; proxy.ts answers 413 above it,
 * because Next's own refusal is a 500.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
