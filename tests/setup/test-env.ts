// The environment every Vitest file starts from, with or without a database.
// A fixed secret (64 characters) so that signed cookies are reproducible.
process.env.SESSION_SECRET = "lapak-pustaka-test-session-secret-0123456789abcdef0123456789abcd";
process.env.NODE_ENV = "test";
