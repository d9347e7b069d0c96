import fc from 'fast-check';

// Property tests are reproducible: every run uses the seed in FC_SEED (scripts/test-all.sh gives each TZ
// run its own seed, so the four runs explore four different samples). Run with another FC_SEED, or
// FC_SEED=random, to explore further; a failure prints its seed and counterexample.
const raw = process.env.FC_SEED ?? '20261125';
if (raw !== 'random') fc.configureGlobal({ seed: Number(raw) | 0 });
