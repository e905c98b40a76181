// Types of bench/generate.js, so the TypeScript tests and stories share its seeded PRNG.

/** The 31 columns of an ACLED export, in file order. */
export const ACLED_COLUMNS: string[];
/** First and last day of the generated data (inclusive). */
export const FIRST_DAY: string;
export const LAST_DAY: string;
/** Mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number;
/** `n` ACLED rows from `seed`. Same seed and n, same rows, in any JavaScript engine. */
export function generateAcledRows(n: number, seed?: number): Record<string, string>[];
/** The rows as CSV text (RFC 4180 quoting), header first. */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string;
