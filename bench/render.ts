// Renders BENCHMARKS.md again from bench/results/latest.json, without measuring: for a change to
// the report's wording or layout, or to how the goals are judged, so that the text stays true
// to the code without a new run. `node --import tsx bench/render.ts`
import { readFileSync, writeFileSync } from 'node:fs';
import { judgeGoals } from './goals.js';
import { referenceGoals } from './reference/report.js';
import { renderReport, type BenchResults } from './report.js';

const file = new URL('./results/latest.json', import.meta.url);
const measured = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
const { startup, floor, scale, loginDay, reference, machine } = measured;
const goals = [...judgeGoals(startup, floor, scale, loginDay, machine.cpus), ...(reference ? referenceGoals(reference, startup, scale) : [])];
const results: BenchResults = { ...measured, goals };
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), renderReport(results));
console.log('judged the goals again and rendered BENCHMARKS.md from bench/results/latest.json');
