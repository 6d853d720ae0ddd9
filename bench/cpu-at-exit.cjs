// Preloaded by bench/cold-start.mjs (`node -r`): writes the process's own CPU time at exit to
// standard error, in microseconds, more finely than /usr/bin/time's 10 ms. Listened for once the
// script has started, so that it comes after the script's own work at exit (the command line
// writes its compile cache then).
setImmediate(() =>
  process.on("exit", () => {
    const used = process.cpuUsage();
    process.stderr.write(`\ncpu-at-exit ${used.user + used.system}\n`);
  }),
);
