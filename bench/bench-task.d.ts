// The task module that bench/harness.ts bundles into bench/child.ts.
declare module 'bench-task' {
  const task: (args: unknown) => Promise<unknown>;
  export default task;
}
