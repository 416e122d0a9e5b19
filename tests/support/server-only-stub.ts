// Vitest runs outside Next's bundler, where "server-only" has no react-server condition.
export {};
