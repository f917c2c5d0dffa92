// autocannon ships no types; this declares the part of its programmatic API the bench uses.
declare module "autocannon" {
  interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    workers?: number;
  }

  interface Distribution {
    average: number;
    total: number;
    p50: number;
    p99: number;
    max: number;
  }

  interface Result {
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Milliseconds. */
    latency: Distribution;
    requests: Distribution;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
