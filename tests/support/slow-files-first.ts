import { BaseSequencer, type TestSpecification } from "vitest/node";

// Files whose run is long for their size: the authorization matrix's parts and its fuzz test (one database world
// rebuilt per allowed cell), and the demo-seeding test (eight start-ups of the real setup). On a fresh clone
// Vitest has no timings and starts the largest files first, so these small files ran last and one fork finished
// them alone; started first, they overlap with everything else.
const SLOW = [/\/tests\/authz\/[^/]+\.test\.ts$/, /\/tests\/auth\/demo-seeding\.test\.ts$/];

export default class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (f: TestSpecification) => SLOW.some((re) => re.test(f.moduleId));
    return [...sorted.filter(slow), ...sorted.filter((f) => !slow(f))];
  }
}
