/* sort_request.c -- a latency-aware load balancer (Envoy / Finagle /
   HAProxy style "power of two choices" on a latency percentile): for
   each request two candidate backends are drawn, the recent latency
   window of each is copied into a small per-request array and sorted
   with insertion sort to read its p50 and p90, the request goes to the
   cheaper backend and its observed latency is pushed into the window.

   Heap object: the per-request copy of a window, malloc (16 * 4),
   constant size, two per request.
   Build with -DLIMIT to use a local array instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define NBACKENDS 64
#define WINDOW 16

static uint32_t window[NBACKENDS][WINDOW];
static uint32_t window_pos[NBACKENDS];
static uint32_t base_latency[NBACKENDS];
static uint64_t picked[NBACKENDS];

/* Sort the N values at A in ascending order (insertion sort: the
   windows are short and nearly sorted runs are common).  */

static BENCH_NOINLINE void
insertion_sort (uint32_t *a, size_t n)
{
  size_t i, j;

  for (i = 1; i < n; i++)
    {
      uint32_t v = a[i];

      for (j = i; j > 0 && a[j - 1] > v; j--)
        a[j] = a[j - 1];
      a[j] = v;
    }
}

/* Return the load-balancing cost of backend B: p50 plus p90 of its
   recent latency window.  */

static BENCH_NOINLINE uint32_t
backend_cost (unsigned b)
{
  uint32_t cost;
#ifdef LIMIT
  uint32_t tmp[WINDOW];
#else
  uint32_t *tmp = malloc (WINDOW * sizeof *tmp);

  if (!tmp)
    abort ();
#endif
  memcpy (tmp, window[b], WINDOW * sizeof *tmp);
  insertion_sort (tmp, WINDOW);
  cost = tmp[WINDOW / 2] + tmp[WINDOW * 9 / 10];
#ifndef LIMIT
  free (tmp);
#endif
  return cost;
}

/* Fill the latency windows with deterministic history.  */

static void
init_windows (uint64_t *s)
{
  int b, k;

  for (b = 0; b < NBACKENDS; b++)
    {
      base_latency[b] = 200 + bench_rand (s) % 1800;
      for (k = 0; k < WINDOW; k++)
        window[b][k] = base_latency[b] + bench_rand (s) % 500;
    }
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 2500000);
  unsigned long i;
  uint64_t s = 0x5eed5eed5eed5eedULL;
  uint64_t sum = 0;
  int b;

  init_windows (&s);
  for (i = 0; i < n; i++)
    {
      uint64_t r = bench_rand (&s);
      unsigned a = r % NBACKENDS;
      unsigned c = (r >> 8) % NBACKENDS;
      unsigned pick = backend_cost (a) <= backend_cost (c) ? a : c;
      uint32_t lat = base_latency[pick] + (r >> 16) % 700
                     + ((r >> 40) % 64 == 0 ? 5000 : 0);

      window[pick][window_pos[pick]++ % WINDOW] = lat;
      picked[pick]++;
      sum += lat;
    }
  for (b = 0; b < NBACKENDS; b++)
    sum = bench_mix (sum, picked[b]);
  bench_report (sum, n);
  return 0;
}
