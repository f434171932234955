/* bench.h -- helpers shared by the escape benchmark programs.

   Every program in bench/ includes this header for three things: a
   deterministic pseudo-random generator (so each workload is the same on
   every run and with every allocator), the workload-scale argument (so
   callgrind and the --quick smoke test can run a fraction of the normal
   iteration count), and the two result lines that bench/run.sh parses:

     checksum 0123456789abcdef
     ops 1234567

   "ops" is the number of hot-path operations done; run.sh divides the
   allocation counts of bench/allocount.so by it.  */

#ifndef ESCAPE_BENCH_H
#define ESCAPE_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BENCH_NOINLINE __attribute__ ((noinline))

/* Return the next value of the xorshift64* generator whose state is *S.
   The state must not be zero.  */

static inline uint64_t
bench_rand (uint64_t *s)
{
  uint64_t x = *s;

  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  *s = x;
  return x * 0x2545f4914f6cdd1dULL;
}

/* Fold V into the running checksum H and return the new checksum.  */

static inline uint64_t
bench_mix (uint64_t h, uint64_t v)
{
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0x100000001b3ULL;
}

/* Return BASE scaled by the workload scale: the first command-line
   argument if there is one, else the BENCH_SCALE environment variable,
   else 1.  The result is at least 1.  */

static inline unsigned long
bench_iterations (int argc, char **argv, unsigned long base)
{
  const char *arg = argc > 1 ? argv[1] : getenv ("BENCH_SCALE");
  double scale = 1.0;
  double n;

  if (arg && *arg)
    {
      char *end;

      scale = strtod (arg, &end);
      if (*end || !(scale > 0.0))
        {
          fprintf (stderr, "%s: bad scale '%s'\n", argv[0], arg);
          exit (2);
        }
    }
  n = (double) base * scale + 0.5;
  return n < 1.0 ? 1 : (unsigned long) n;
}

/* Print the result lines that bench/run.sh reads.  */

static inline void
bench_report (uint64_t checksum, unsigned long long ops)
{
  printf ("checksum %016llx\nops %llu\n", (unsigned long long) checksum,
          ops);
}

#endif /* ESCAPE_BENCH_H */
