// reuse bench generator by importing bench? simpler: replicate via env; run scheduler and analyze gappy people
process.env.BENCH_ROUNDS = '0';
const mod = await import('../src/server/features/meetings/scheduler.js');
const orig = mod.scheduleMeetings;
