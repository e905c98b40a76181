// Long tasks of a page, attributed by script: reads a Chrome trace recorded with the
// `devtools.timeline` and `v8.cpu_profiler` categories (TRACE_CATEGORIES), finds the tasks of
// 50 ms or more on the page's main thread (inside the marks `cc-bench-start` and
// `cc-bench-end` when the page set them), and splits each one's time by the script URL that
// the CPU samples taken inside it were running (self time). Issue 14, item 7d.

export const TRACE_CATEGORIES = [
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
];

const LONG_TASK_US = 50_000;

/** The main threads of the trace's renderers: `pid:tid` keys. */
function rendererMainThreads(events) {
  const threads = new Set();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      threads.add(`${event.pid}:${event.tid}`);
  }
  return threads;
}

/** Per profile id: its pid, and its samples as [timestamp µs, node] in time order. */
function cpuSamples(events) {
  const profiles = new Map();
  const profileOf = (event) => {
    let profile = profiles.get(`${event.pid}:${event.id}`);
    if (!profile) {
      profile = { pid: event.pid, tid: event.tid, startTime: 0, time: 0, nodes: new Map(), samples: [] };
      profiles.set(`${event.pid}:${event.id}`, profile);
    }
    return profile;
  };
  for (const event of events) {
    if (event.name === 'Profile') {
      const profile = profileOf(event);
      profile.startTime = profile.time = event.args.data.startTime;
      profile.tid = event.tid;
    }
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const profile = profileOf(event);
    const data = event.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      profile.samples.push([profile.time, samples[i]]);
    }
  }
  return [...profiles.values()];
}

/** A script's short name: its file, or what V8 calls time outside scripts. */
function scriptOf(node) {
  const frame = node?.callFrame;
  if (!frame) return '(unknown)';
  if (!frame.url) return frame.functionName?.startsWith('(') ? frame.functionName : '(native)';
  const path = frame.url.split('?')[0];
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** The script file with the most self time in a task (V8's own entries, such as "(program)", aside). */
function topScript(selfTimes) {
  const files = [...selfTimes].filter(([script]) => !script.startsWith('('));
  return files.sort((a, b) => b[1] - a[1])[0]?.[0] ?? '(none)';
}

/**
 * The long tasks on the page's main thread (the one sampled; else the busiest renderer): `{ count, longest, blocking, byScript, tasks }`,
 * where `blocking` sums each task's time past 50 ms (Total Blocking Time's rule) and `byScript`
 * maps a script to its self time (ms) inside long tasks, most first.
 */
export function attributeLongTasks(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = rendererMainThreads(events);
  const tasksByThread = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || !mains.has(`${event.pid}:${event.tid}`)) continue;
    const key = `${event.pid}:${event.tid}`;
    if (!tasksByThread.has(key)) tasksByThread.set(key, []);
    tasksByThread.get(key).push(event);
  }
  // The page's thread is the one V8 sampled (other renderers, such as the first blank page, may be busier).
  const profiles = cpuSamples(events);
  const sampled = profiles.map((profile) => `${profile.pid}:${profile.tid}`).find((key) => tasksByThread.has(key));
  const busiest = [...tasksByThread].sort(
    (a, b) => b[1].reduce((sum, task) => sum + task.dur, 0) - a[1].reduce((sum, task) => sum + task.dur, 0),
  )[0];
  const thread = sampled ?? busiest?.[0];
  if (!thread) return { count: 0, longest: 0, blocking: 0, byScript: [], tasks: [] };
  const tasks = tasksByThread.get(thread);
  // The timed window, when the page marked it (bench/cold/page.js): tasks that overlap it.
  const mark = (name) => events.find((event) => event.name === name && event.cat?.includes('user_timing'))?.ts;
  const from = mark('cc-bench-start') ?? -Infinity;
  const to = mark('cc-bench-end') ?? Infinity;
  const long = tasks
    .filter((task) => task.dur >= LONG_TASK_US && task.ts + task.dur > from && task.ts < to)
    .sort((a, b) => a.ts - b.ts);
  const pid = Number(thread.split(':')[0]);
  const tid = Number(thread.split(':')[1]);
  const byScript = new Map();
  const perTask = long.map(() => new Map());
  for (const profile of profiles) {
    if (profile.pid !== pid || (profile.tid !== undefined && profile.tid !== tid)) continue;
    const { samples, nodes } = profile;
    let t = 0;
    for (let i = 0; i < samples.length; i++) {
      const [time, nodeId] = samples[i];
      const next = samples[i + 1]?.[0] ?? time;
      while (t < long.length && long[t].ts + long[t].dur < time) t++;
      if (t >= long.length) break;
      if (time < long[t].ts) continue;
      const script = scriptOf(nodes.get(nodeId));
      byScript.set(script, (byScript.get(script) ?? 0) + (next - time) / 1000);
      perTask[t].set(script, (perTask[t].get(script) ?? 0) + (next - time) / 1000);
    }
  }
  return {
    count: long.length,
    longest: Math.max(0, ...long.map((task) => task.dur / 1000)),
    blocking: long.reduce((sum, task) => sum + (task.dur - LONG_TASK_US) / 1000, 0),
    byScript: [...byScript].sort((a, b) => b[1] - a[1]),
    tasks: long.map((task, i) => ({
      ms: task.dur / 1000,
      top: topScript(perTask[i]),
      scripts: [...perTask[i]].sort((a, b) => b[1] - a[1]).slice(0, 4),
    })),
  };
}
