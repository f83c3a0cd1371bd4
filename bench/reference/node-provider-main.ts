// Entry point of the benchmark provider run from source (the profile run starts it so, with tsx).
import { serveBenchProvider } from './serve-bench.js';

await serveBenchProvider();
