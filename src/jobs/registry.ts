import type { JobDefinition } from "./define-job.ts";

/** The job types one process knows how to run; a worker takes only these. */
export interface JobRegistry {
  readonly types: readonly string[];
  get(type: string): JobDefinition | undefined;
}

export function createJobRegistry(definitions: readonly JobDefinition[]): JobRegistry {
  const byType = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (byType.has(definition.type))
      throw new Error(`Job type ${definition.type} is defined twice`);
    byType.set(definition.type, definition);
  }
  return { types: [...byType.keys()], get: (type) => byType.get(type) };
}
