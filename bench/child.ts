// The child side of bench/harness.ts: runs one task and prints a JSON report as its last line.
import task from 'bench-task';

declare const gc: (() => void) | undefined;

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const { args, warmup, runs } = JSON.parse(input) as { args: unknown; warmup: number; runs: number };
  if (typeof gc === 'function') gc();
  const baselineRssMb = process.resourceUsage().maxRSS / 1024;
  for (let i = 0; i < warmup; i++) await task(args);
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await task(args);
    times.push(performance.now() - t0);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify({ baselineRssMb, peakRssMb, times, result })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
