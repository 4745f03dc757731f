// A long regular expression compiled straight to machine code when it is first used.
//
// V8 first compiles a pattern to bytecode and only later to machine code. For a pattern of
// about a hundred alternatives its bytecode pass (the peephole optimiser) took 60-100 ms on
// the development machine, against about 7 ms for machine code: a pause on the first scan
// that reads it, in the page and in every CLI run. V8 skips the bytecode when the first
// subject is long (1,000 characters or more; 999 still went through it, measured with Node
// 22), so the first use runs the pattern once over such a subject. Other engines just run it
// once more, over blanks, which costs microseconds.

const LONG_SUBJECT = ' '.repeat(1000);

/** Returns `pattern` on every call, run once over a long blank subject on the first. */
export function compiledOnFirstUse(pattern: RegExp): () => RegExp {
  let ready = false;
  return () => {
    if (!ready) {
      ready = true;
      pattern.exec(LONG_SUBJECT);
      pattern.lastIndex = 0;
    }
    return pattern;
  };
}
