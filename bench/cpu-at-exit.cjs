// Preloaded by bench/cold-start.mjs (`node -r`): writes the process's own CPU time at exit to
// standard error, in microseconds, more finely than /usr/bin/time's 10 ms.
process.on("exit", () => {
  const used = process.cpuUsage();
  process.stderr.write(`\ncpu-at-exit ${used.user + used.system}\n`);
});
