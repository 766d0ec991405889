/**
 * Preloaded into server processes started by tests (`node --import`): when the test process that
 * started the server goes away, even by SIGKILL, the pipe on our stdin closes and the server stops,
 * so no orphaned server keeps a port and a CPU busy.
 */
if (process.env.BELFORT_EXIT_WITH_PARENT === '1' && !process.stdin.isTTY) {
  process.stdin.on('data', () => undefined)
  process.stdin.on('end', () => {
    process.kill(process.pid, 'SIGTERM')
    setTimeout(() => process.exit(1), 8000).unref()
  })
  process.stdin.on('error', () => undefined)
  process.stdin.resume()
}
