import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { it } from 'node:test'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { hasMemorySaver, saveMemory } from './memory-saver'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

it('knows which V8 has the memory saver mode', () => {
  assert.equal(hasMemorySaver('13.6.233.17-node.27'), true)
  assert.equal(hasMemorySaver('11.3.244.8-node.33'), false)
})

it('turns the mode on where V8 has it unless told not to, and leaves a command line that says either way as it is', () => {
  const set: string[] = []
  const record = (flags: string) => void set.push(flags)
  assert.equal(saveMemory(true, [], '13.6.233.17', record), 'on')
  assert.deepEqual(set, ['--memory-saver-mode'])
  for (const given of ['--memory-saver-mode', '--no-memory-saver-mode', '--nomemory_saver_mode', '--memory_saver_mode']) {
    assert.equal(saveMemory(true, ['--max-old-space-size=128', given], '13.6.233.17', record), 'as-given', given)
  }
  assert.equal(saveMemory(true, [], '11.3.244.8', record), 'unsupported')
  assert.equal(saveMemory(false, [], '13.6.233.17', record), 'off')
  assert.equal(set.length, 1)
})

it('set after start, the mode makes a full collection give its pages back', {
  skip: hasMemorySaver(process.versions.v8) ? false : `V8 ${process.versions.v8} has no memory saver mode`,
}, () => {
  // A child process: the flag changes how this process collects, for good.
  const script = `
      const { saveMemory } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/server/memory-saver.ts')).href)})
      if (saveMemory(true) !== 'on') throw new Error('the mode was not turned on')
      let kept = []
      for (let round = 0; round < 30; round++) for (let i = 0; i < 20000; i++) kept.push({ i, text: 'item ' + i })
      kept = undefined
      globalThis.gc()
    `
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--trace-gc', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  assert.equal(run.status, 0, run.stderr)
  // V8 marks a collection that reduces memory "(reduce)", and says what its pool still holds.
  assert.match(run.stdout, /Mark-Compact \(reduce\)[^\n]*pooled: 0 MB/)
})
