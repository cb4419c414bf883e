import type { Problem } from '../format/problems.ts'
import { MAX_PROBLEMS_LISTED } from './limits.ts'

/**
 * Problems as a step finds them, the first MAX_PROBLEMS_LISTED kept and the rest only
 * counted, so a file with a problem in each of millions of places costs no more memory than
 * one with a thousand.
 */
export class ProblemSink {
  readonly listed: Problem[] = []
  omitted = 0

  add(problem: Problem): void {
    if (this.listed.length < MAX_PROBLEMS_LISTED) this.listed.push(problem)
    else this.omitted++
  }

  addAll(problems: Iterable<Problem>): void {
    for (const p of problems) this.add(p)
  }
}
