import { describe, expect, it } from "vitest";
import { bodyRules, DEFAULT_RULES } from "../../src/domain/rules.ts";

describe("a body's local rules of procedure", () => {
  it("falls back to the statute, which sets no speaking limits, when nothing is set", () => {
    expect(bodyRules({})).toEqual(DEFAULT_RULES);
    expect(DEFAULT_RULES.speechMinutes).toBeNull();
    expect(DEFAULT_RULES.votesByName).toBe(false);
  });

  it("reads the limits the body's rules set", () => {
    expect(
      bodyRules({
        speechMinutes: 5,
        replyMinutes: 1,
        answerMinutes: 1,
        repliesPerSpeech: 2,
        votesByName: true,
        videoStreamUrl: "https://video.example.no/kommunestyret",
      }),
    ).toMatchObject({
      speechMinutes: 5,
      replyMinutes: 1,
      answerMinutes: 1,
      repliesPerSpeech: 2,
      votesByName: true,
      videoStreamUrl: "https://video.example.no/kommunestyret",
    });
  });

  it("ignores values no rule could mean", () => {
    expect(
      bodyRules({
        speechMinutes: 0,
        replyMinutes: 1.5,
        repliesPerSpeech: -1,
        votesByName: "ja",
        videoStreamUrl: "javascript:alert(1)",
      }),
    ).toEqual(DEFAULT_RULES);
  });
});
