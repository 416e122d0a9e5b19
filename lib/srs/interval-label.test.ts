import { describe, expect, it } from "vitest";
import { formatInterval } from "./interval-label";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe("formatInterval", () => {
  it.each([
    [30 * S, "30s"],
    [1 * M, "1m"],
    [10 * M, "10m"],
    [59 * M, "59m"],
    [1 * H, "1h"],
    [90 * M, "1.5h"],
    [1 * D, "1d"],
    [3 * D, "3d"],
    [29 * D, "29d"],
    [64 * D, "2.1mo"],
    [300 * D, "9.9mo"],
    [438 * D, "1.2y"],
    [3650 * D, "10y"],
  ])("%d ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
